# label: pathtraver vulnerable CWE-22
# pathtraver_0002: source flask, bar html_escape

import html
import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0002", methods=["GET", "POST"])
def pathtraver_0002():
    param = request.form.get("comment", "")
    bar = html.escape(param)
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
