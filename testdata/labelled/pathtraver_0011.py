# label: pathtraver vulnerable CWE-22
# pathtraver_0011: source flask, bar splitjoin

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0011", methods=["GET", "POST"])
def pathtraver_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = " ".join(param.split(" "))
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
