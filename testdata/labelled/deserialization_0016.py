# label: deserialization safe CWE-502
# deserialization_0016: source fastapi, bar varcond

import yaml
from fastapi import FastAPI

app = FastAPI()


@app.get("/deserialization_0016")
def deserialization_0016(q: str = ""):
    param = q
    bar = param if len(param) < 4096 else ""
    obj = yaml.safe_load(bar)
    return {"status": "ok"}
