# label: xss safe CWE-79
# xss_0026: source flask, bar direct

import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0026", methods=["GET", "POST"])
def xss_0026():
    param = request.form.get("comment", "")
    bar = param
    return "<p>Hello " + html.escape(bar) + "</p>"
