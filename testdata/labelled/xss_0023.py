# label: xss safe CWE-79
# xss_0023: source flask, bar match_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0023", methods=["GET", "POST"])
def xss_0023():
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
    return f"<p>Hello {bar}</p>"
