# label: pathtraver safe CWE-22
# pathtraver_0028: source flask, bar list_remove

import shutil
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0028", methods=["GET", "POST"])
def pathtraver_0028():
    param = request.form.get("comment", "")
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    shutil.copy(bar, "/tmp/backup/")
    return "ok"
