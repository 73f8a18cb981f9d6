# label: pathtraver safe CWE-22
# pathtraver_0016: source fastapi, bar ifexp_safe

import os
from fastapi import FastAPI

app = FastAPI()


@app.get("/pathtraver_0016")
def pathtraver_0016(q: str = ""):
    param = q
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:
        content = fh.read()
    return {"status": "ok"}
