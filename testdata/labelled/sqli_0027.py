# label: sqli safe CWE-89
# sqli_0027: source fastapi, bar method_const

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()


class Thing:
    def do_something(self, value):
        return "constant"


@app.get("/sqli_0027")
def sqli_0027(q: str = ""):
    param = q
    thing = Thing()
    bar = thing.do_something(param)
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))
    return {"status": "ok"}
