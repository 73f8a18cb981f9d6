# label: sqli vulnerable CWE-89
# sqli_0019: source fastapi, bar format

from fastapi import FastAPI
from fastapi import Header
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/sqli_0019")
def sqli_0019(x_client_ref: str = Header("")):
    param = x_client_ref
    bar = "{}".format(param)
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return {"status": "ok"}
