# label: xss safe CWE-79
# xss_0038: source flask, bar closure

import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0038", methods=["GET", "POST"])
def xss_0038():
    param = request.headers.get("X-Client-Ref", "")
    def inner():
        return param
    bar = inner()
    return "<p>Hello " + html.escape(bar) + "</p>"
