# label: pathtraver safe CWE-22
# pathtraver_0025: source flask, bar truthy

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0025", methods=["GET", "POST"])
def pathtraver_0025():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = "yes" if param else "no"
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return "ok"
