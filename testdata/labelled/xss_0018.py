# label: xss vulnerable CWE-79
# xss_0018: source flask, bar nested_call

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.route("/xss_0018", methods=["GET", "POST"])
def xss_0018():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    bar = outer(param)
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
