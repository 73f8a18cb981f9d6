# label: xss safe CWE-79
# xss_0035: source flask, bar ifexp

import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0035", methods=["GET", "POST"])
def xss_0035():
    param = request.form.get("comment", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    return "<p>Hello " + html.escape(bar) + "</p>"
