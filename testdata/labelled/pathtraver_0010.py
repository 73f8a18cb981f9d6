# label: pathtraver vulnerable CWE-22
# pathtraver_0010: source flask, bar match

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


@app.route("/pathtraver_0010", methods=["GET", "POST"])
def pathtraver_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
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
    return send_file(os.path.join("/srv/files", bar))  # want: T22
