# label: xss safe CWE-79
# xss_0038: source flask, bar dictset

import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0038", methods=["GET", "POST"])
def xss_0038():
    param = request.headers.get("X-Client-Ref", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    return "<p>Hello " + html.escape(bar) + "</p>"
