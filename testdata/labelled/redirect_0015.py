# label: redirect safe CWE-601
# redirect_0015: source flask, bar selfattr_const

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


@app.route("/redirect_0015", methods=["GET", "POST"])
def redirect_0015():
    param = request.form.get("comment", "")
    holder = Holder(param)
    bar = holder.get()
    resp = make_response("", 302)
    resp.headers["Location"] = bar
    return resp
