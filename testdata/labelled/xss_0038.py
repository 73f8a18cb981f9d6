# label: xss safe CWE-79
# xss_0038: source flask, bar ifexp

import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0038", methods=["GET", "POST"])
def xss_0038():
    param = request.headers.get("X-Client-Ref", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    return "<p>Hello " + html.escape(bar) + "</p>"
