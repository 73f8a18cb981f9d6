# label: deserialization safe CWE-502
# deserialization_0016: source fastapi, bar list_pop

import yaml
from fastapi import FastAPI

app = FastAPI()


@app.get("/deserialization_0016")
def deserialization_0016(q: str = ""):
    param = q
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    obj = yaml.safe_load(bar)
    return {"status": "ok"}
