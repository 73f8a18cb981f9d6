# label: cmdi safe CWE-78
# cmdi_0028: source flask, bar match

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0028", methods=["GET", "POST"])
def cmdi_0028():
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
    out = subprocess.check_output(["grep", "-F", "--", bar, "/var/log/app.log"])
    return "ok"
