# label: pathtraver vulnerable CWE-22
# pathtraver_0011: source flask, bar ifstmt

import shutil
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0011", methods=["GET", "POST"])
def pathtraver_0011():
    param = request.path.rsplit("/", 1)[-1]
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    shutil.copy(bar, "/tmp/backup/")  # want: T22
    return "ok"
