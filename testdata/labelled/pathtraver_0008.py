# label: pathtraver vulnerable CWE-22
# pathtraver_0008: source flask, bar b64

import base64
import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0008", methods=["GET", "POST"])
def pathtraver_0008():
    param = request.values.get("q", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
