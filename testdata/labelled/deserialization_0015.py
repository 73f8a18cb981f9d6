# label: deserialization safe CWE-502
# deserialization_0015: source fastapi, bar bytes

import json
from fastapi import FastAPI

app = FastAPI()


@app.get("/deserialization_0015")
def deserialization_0015(q: str = ""):
    param = q
    bar = bytes(param, "utf-8").decode("utf-8")
    obj = json.loads(bar)
    return {"status": "ok"}
