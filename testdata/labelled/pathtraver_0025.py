# label: pathtraver safe CWE-22
# pathtraver_0025: source flask, bar ifstmt_safe

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0025", methods=["GET", "POST"])
def pathtraver_0025():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return "ok"
