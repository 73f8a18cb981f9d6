# label: cmdi vulnerable CWE-78
# cmdi_0007: source flask, bar match

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0007", methods=["GET", "POST"])
def cmdi_0007():
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
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  # want: T78
    return "ok"
