# label: xss safe CWE-79
# xss_0044: source flask, bar match

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/xss_0044", methods=["GET", "POST"])
def xss_0044():
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
    return "<p>" + escape(bar) + "</p>"
