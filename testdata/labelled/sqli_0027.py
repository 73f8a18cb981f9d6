# label: sqli safe CWE-89
# sqli_0027: source flask, bar list_pop

from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/sqli_0027/<name>")
def sqli_0027(name):
    param = name
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = :bio WHERE id = 1"), {"bio": bar})
    return "ok"
