# label: pathtraver safe CWE-22
# pathtraver_0024: source flask, bar varargs_other

import shutil
from flask import Flask, request

app = Flask(__name__)


def second(*args):
    return args[1]


@app.route("/pathtraver_0024", methods=["GET", "POST"])
def pathtraver_0024():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = second(param, "safe")
    shutil.copy(bar, "/tmp/backup/")
    return "ok"
