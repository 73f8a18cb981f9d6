# label: pathtraver vulnerable CWE-22
# pathtraver_0015: source fastapi, bar replace

import os
from fastapi import FastAPI

app = FastAPI()


@app.get("/pathtraver_0015")
def pathtraver_0015(q: str = ""):
    param = q
    bar = param.replace("\t", " ")
    os.remove("/tmp/app/" + bar)  # want: T22
    return {"status": "ok"}
