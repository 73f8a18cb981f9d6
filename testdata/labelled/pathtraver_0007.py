# label: pathtraver vulnerable CWE-22
# pathtraver_0007: source flask, bar match

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0007", methods=["GET", "POST"])
def pathtraver_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
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
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:  # want: T22
        content = fh.read()
    return "ok"
