# label: pathtraver safe CWE-22
# pathtraver_0032: source flask, bar match_safe

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0032", methods=["GET", "POST"])
def pathtraver_0032():
    param = request.cookies.get("preference", "")
    guess = "ABC"
    switch_target = guess[1]
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
    with open(path) as fh:
        content = fh.read()
    return "ok"
