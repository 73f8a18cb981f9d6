# label: pathtraver safe CWE-22
# pathtraver_0023: source flask, bar helper_const

import pathlib
from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    return "safe!"


@app.route("/pathtraver_0023", methods=["GET", "POST"])
def pathtraver_0023():
    param = request.cookies.get("preference", "")
    bar = do_something(param)
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return "ok"
