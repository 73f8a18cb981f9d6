# label: xss safe CWE-79
# xss_0037: source flask, bar selfattr

from flask import Flask, request
from flask import jsonify

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/xss_0037", methods=["GET", "POST"])
def xss_0037():
    param = request.cookies.get("preference", "")
    holder = Holder(param)
    bar = holder.get()
    return jsonify({"greeting": bar})
