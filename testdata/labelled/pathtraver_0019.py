# label: pathtraver safe CWE-22
# pathtraver_0019: source flask, bar length

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0019", methods=["GET", "POST"])
def pathtraver_0019():
    param = request.cookies.get("preference", "")
    bar = str(len(param))
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return "ok"
