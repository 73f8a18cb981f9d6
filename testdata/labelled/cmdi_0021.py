# label: cmdi safe CWE-78
# cmdi_0021: source flask, bar match_safe

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0021", methods=["GET", "POST"])
def cmdi_0021():
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
    subprocess.run(f"ls -l {bar}", shell=True)
    return "ok"
