# label: deserialization safe CWE-502
# deserialization_0016: source fastapi, bar varargs

import yaml
from fastapi import FastAPI

app = FastAPI()


def first(*args):
    return args[0]


@app.get("/deserialization_0016")
def deserialization_0016(q: str = ""):
    param = q
    bar = first(param)
    obj = yaml.safe_load(bar)
    return {"status": "ok"}
