# label: xss safe CWE-79
# xss_0028: source flask, bar match

from flask import Flask, request
from flask import jsonify

app = Flask(__name__)


@app.route("/xss_0028", methods=["GET", "POST"])
def xss_0028():
    param = request.cookies.get("preference", "")
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
    return jsonify({"greeting": bar})
