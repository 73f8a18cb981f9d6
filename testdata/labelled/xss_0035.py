# label: xss safe CWE-79
# xss_0035: source flask, bar dictset

import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0035", methods=["GET", "POST"])
def xss_0035():
    param = request.form.get("comment", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    return "<p>Hello " + html.escape(bar) + "</p>"
