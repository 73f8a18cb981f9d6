# label: sqli vulnerable CWE-89
# sqli_0009: source fastapi, bar method

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


@app.get("/sqli_0009")
def sqli_0009(q: str = ""):
    param = q
    thing = Thing()
    bar = thing.do_something(param)
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return {"status": "ok"}
