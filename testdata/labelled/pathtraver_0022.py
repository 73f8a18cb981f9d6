# label: pathtraver safe CWE-22
# pathtraver_0022: source flask, bar varargs_other

import shutil
from flask import Flask, request

app = Flask(__name__)


def second(*args):
    return args[1]


@app.route("/pathtraver_0022", methods=["GET", "POST"])
def pathtraver_0022():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = second(param, "safe")
    shutil.copy(bar, "/tmp/backup/")
    return "ok"
