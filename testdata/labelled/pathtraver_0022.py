# label: pathtraver safe CWE-22
# pathtraver_0022: source flask, bar try_const

import shutil
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0022", methods=["GET", "POST"])
def pathtraver_0022():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    shutil.copy(bar, "/tmp/backup/")
    return "ok"
