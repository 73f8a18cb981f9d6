# label: pathtraver safe CWE-22
# pathtraver_0022: source flask, bar varargs_other

import shutil
from flask import Flask, request

app = Flask(__name__)


def second(*args):
    return args[1]


@app.route("/pathtraver_0022/<path:name>")
def pathtraver_0022(name):
    param = name
    bar = second(param, "safe")
    shutil.copy(bar, "/tmp/backup/")
    return "ok"
