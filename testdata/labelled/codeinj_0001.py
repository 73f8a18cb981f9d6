# label: codeinj vulnerable CWE-94
# codeinj_0001: source flask, bar match

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0001", methods=["GET", "POST"])
def codeinj_0001():
    param = request.args.get("name", "")
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
    result = eval(bar)  # want: T94
    return "ok"
