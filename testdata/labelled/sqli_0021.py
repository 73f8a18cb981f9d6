# label: sqli safe CWE-89
# sqli_0021: source flask, bar match_safe

from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/sqli_0021", methods=["GET", "POST"])
def sqli_0021():
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
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))
    return "ok"
