# label: pathtraver safe CWE-22
# pathtraver_0028: source flask, bar match

import os
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/pathtraver_0028", methods=["GET", "POST"])
def pathtraver_0028():
    param = request.values.get("q", "")
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
    name = secure_filename(bar)
    with open(os.path.join("/var/app/uploads", name), "w") as fh:
        fh.write("data")
    return "ok"
