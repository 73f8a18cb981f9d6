# label: pathtraver safe CWE-22
# pathtraver_0021: source flask, bar match_safe

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0021", methods=["GET", "POST"])
def pathtraver_0021():
    param = request.form.get("comment", "")
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
    os.remove("/tmp/app/" + bar)
    return "ok"
