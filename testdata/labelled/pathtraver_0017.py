# label: pathtraver vulnerable CWE-22
# pathtraver_0017: source flask, bar splitjoin

import shutil
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0017", methods=["GET", "POST"])
def pathtraver_0017():
    param = request.form.get("comment", "")
    bar = " ".join(param.split(" "))
    shutil.copy(bar, "/tmp/backup/")  # want: T22
    return "ok"
