# label: xss safe CWE-79
# xss_0030: source flask, bar dictset

import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0030", methods=["GET", "POST"])
def xss_0030():
    param = request.args.get("name", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    return "<p>Hello " + html.escape(bar) + "</p>"
