# label: xss safe CWE-79
# xss_0030: source flask, bar selfattr_const

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


@app.route("/xss_0030", methods=["GET", "POST"])
def xss_0030():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    holder = Holder(param)
    bar = holder.get()
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
