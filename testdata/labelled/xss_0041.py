# label: xss safe CWE-79
# xss_0041: source flask, bar template

import string
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/xss_0041", methods=["GET", "POST"])
def xss_0041():
    param = request.args.get("name", "")
    bar = string.Template("$v").substitute(v=param)
    return "<p>" + escape(bar) + "</p>"
