# label: pathtraver vulnerable CWE-22
# pathtraver_0008: source flask, bar helper

import pathlib
from flask import Flask, request

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/pathtraver_0008/<name>")
def pathtraver_0008(name):
    param = name
    bar = do_something(param)
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
