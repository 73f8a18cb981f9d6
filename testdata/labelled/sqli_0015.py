# label: sqli vulnerable CWE-89
# sqli_0015: source fastapi, bar closure

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/sqli_0015")
def sqli_0015(q: str = ""):
    param = q
    def inner():
        return param
    bar = inner()
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return {"status": "ok"}
