# label: xss vulnerable CWE-79
# xss_0007: source flask, bar match

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0007", methods=["GET", "POST"])
def xss_0007():
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
    return f"<p>Hello {bar}</p>"  # want: T79
