# label: deserialization safe CWE-502
# deserialization_0015: source fastapi, bar closure

import json
from fastapi import FastAPI

app = FastAPI()


@app.get("/deserialization_0015")
def deserialization_0015(q: str = ""):
    param = q
    def inner():
        return param
    bar = inner()
    obj = json.loads(bar)
    return {"status": "ok"}
