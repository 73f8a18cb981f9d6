# label: xss vulnerable CWE-79
# xss_0008: source flask, bar lambda

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0008", methods=["GET", "POST"])
def xss_0008():
    param = request.headers.get("X-Client-Ref", "")
    transform = lambda s: s
    bar = transform(param)
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
