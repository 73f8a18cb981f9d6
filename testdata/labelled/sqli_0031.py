# label: sqli safe CWE-89
# sqli_0031: source fastapi, bar dictset_safe

from fastapi import FastAPI
from fastapi import Header
from sqlalchemy import create_engine, text

app = FastAPI()


@app.get("/sqli_0031")
def sqli_0031(x_client_ref: str = Header("")):
    param = x_client_ref
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyA")
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))
    return {"status": "ok"}
