# label: pathtraver vulnerable CWE-22
# pathtraver_0005: source flask, bar list_pop

import shutil
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
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    shutil.copy(bar, "/tmp/backup/")  # want: T22
    return "ok"
