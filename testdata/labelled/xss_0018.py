# label: xss vulnerable CWE-79
# xss_0018: source flask, bar varargs

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


def first(*args):
    return args[0]


@app.route("/xss_0018", methods=["GET", "POST"])
def xss_0018():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    bar = first(param)
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
