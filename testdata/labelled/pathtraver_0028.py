# label: pathtraver safe CWE-22
# pathtraver_0028: source flask, bar dict_safe

import shutil
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0028", methods=["GET", "POST"])
def pathtraver_0028():
    param = request.form.get("comment", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    shutil.copy(bar, "/tmp/backup/")
    return "ok"
