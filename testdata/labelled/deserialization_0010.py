# label: deserialization safe CWE-502
# deserialization_0010: source flask, bar match_safe

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization_0010", methods=["GET", "POST"])
def deserialization_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
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
