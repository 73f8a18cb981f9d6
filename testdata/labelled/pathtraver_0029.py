# label: pathtraver safe CWE-22
# pathtraver_0029: source flask, bar match_safe

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0029", methods=["GET", "POST"])
def pathtraver_0029():
    param = request.headers.get("X-Client-Ref", "")
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
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:
        fh.write("x")
    return "ok"
