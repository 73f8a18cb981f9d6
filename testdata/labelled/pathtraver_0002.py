# label: pathtraver vulnerable CWE-22
# pathtraver_0002: source flask, bar template

import pathlib
import string
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0002", methods=["GET", "POST"])
def pathtraver_0002():
    param = request.form.get("comment", "")
    bar = string.Template("$v").substitute(v=param)
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
