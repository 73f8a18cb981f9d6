# label: xss vulnerable CWE-79
# xss_0010: source flask, bar lambda

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0010", methods=["GET", "POST"])
def xss_0010():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    transform = lambda s: s
    bar = transform(param)
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
