# label: deserialization safe CWE-502
# deserialization_0016: source fastapi, bar closure

import yaml
from fastapi import FastAPI

app = FastAPI()


@app.get("/deserialization_0016")
def deserialization_0016(q: str = ""):
    param = q
    def inner():
        return param
    bar = inner()
    obj = yaml.safe_load(bar)
    return {"status": "ok"}
