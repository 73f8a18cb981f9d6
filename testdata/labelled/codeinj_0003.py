# label: codeinj vulnerable CWE-94
# codeinj_0003: source flask, bar match

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0003", methods=["GET", "POST"])
def codeinj_0003():
    param = request.headers.get("X-Client-Ref", "")
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
    code = compile("result = " + bar, "<expr>", "exec")
    exec(code)  # want: T94
    return "ok"
