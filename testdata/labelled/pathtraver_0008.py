# label: pathtraver vulnerable CWE-22
# pathtraver_0008: source flask, bar match

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0008/<name>")
def pathtraver_0008(name):
    param = name
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()  # want: T22
    return "ok"
