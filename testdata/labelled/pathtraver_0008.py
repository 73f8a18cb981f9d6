# label: pathtraver vulnerable CWE-22
# pathtraver_0008: source flask, bar ifexp

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0008/<name>")
def pathtraver_0008(name):
    param = name
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
