# label: sqli safe CWE-89
# sqli_0030: source flask, bar dictset

from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/sqli_0030", methods=["GET", "POST"])
def sqli_0030():
    param = request.path.rsplit("/", 1)[-1]
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = :bio WHERE id = 1"), {"bio": bar})
    return "ok"
