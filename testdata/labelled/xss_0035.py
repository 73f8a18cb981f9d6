# label: xss safe CWE-79
# xss_0035: source flask, bar helper

import html
from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/xss_0035", methods=["GET", "POST"])
def xss_0035():
    param = request.form.get("comment", "")
    bar = do_something(param)
    return "<p>Hello " + html.escape(bar) + "</p>"
