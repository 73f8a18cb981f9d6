# label: pathtraver safe CWE-22
# pathtraver_0030: source flask, bar list_pop_safe

import shutil
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0030", methods=["GET", "POST"])
def pathtraver_0030():
    param = request.form.get("comment", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    shutil.copy(bar, "/tmp/backup/")
    return "ok"
