# label: deserialization safe CWE-502
# deserialization_0010: source flask, bar match_safe

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0010/<path:rest>")
def deserialization_0010(rest):
    param = request.path.split("/", 2)[2]
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
    obj = yaml.load(bar, Loader=yaml.Loader)
    return "ok"
