# label: sqli safe CWE-89
# sqli_0021: source fastapi, bar dict_safe

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/sqli_0021")
def sqli_0021(q: str = ""):
    param = q
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))
    return {"status": "ok"}
