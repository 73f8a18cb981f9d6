# label: deserialization safe CWE-502
# deserialization_0015: source fastapi, bar generator

import json
from fastapi import FastAPI

app = FastAPI()


def produce(value):
    yield value
    yield "done"


@app.get("/deserialization_0015")
def deserialization_0015(q: str = ""):
    param = q
    bar = next(produce(param))
    obj = json.loads(bar)
    return {"status": "ok"}
