# label: sqli vulnerable CWE-89
# sqli_0011: source fastapi, bar splitjoin

from fastapi import FastAPI
from fastapi import Header
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/sqli_0011")
def sqli_0011(x_client_ref: str = Header("")):
    param = x_client_ref
    bar = " ".join(param.split(" "))
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return {"status": "ok"}
