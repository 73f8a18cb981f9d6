# label: deserialization safe CWE-502
# deserialization_0016: source fastapi, bar replace

import yaml
from fastapi import FastAPI

app = FastAPI()


@app.get("/deserialization_0016")
def deserialization_0016(q: str = ""):
    param = q
    bar = param.replace("\t", " ")
    obj = yaml.safe_load(bar)
    return {"status": "ok"}
