# label: xss vulnerable CWE-79
# xss_0002: source flask, bar selfattr

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/xss_0002", methods=["GET", "POST"])
def xss_0002():
    param = request.form.get("comment", "")
    holder = Holder(param)
    bar = holder.get()
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
