# label: pathtraver vulnerable CWE-22
# pathtraver_0005: source flask, bar ifexp

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0005", methods=["GET", "POST"])
def pathtraver_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
