# label: pathtraver vulnerable CWE-22
# pathtraver_0005: source flask, bar b64

import base64
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
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    shutil.copy(bar, "/tmp/backup/")  # want: T22
    return "ok"
