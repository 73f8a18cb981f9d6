# label: cmdi safe CWE-78
# cmdi_0034: source flask, bar match

import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0034", methods=["GET", "POST"])
def cmdi_0034():
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
    subprocess.run("ls -l " + shlex.quote(bar), shell=True, check=False)
    return "ok"
