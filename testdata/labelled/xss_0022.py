# label: xss safe CWE-79
# xss_0022: source flask, bar match_safe

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0022", methods=["GET", "POST"])
def xss_0022():
    param = request.headers.get("X-Client-Ref", "")
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
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
