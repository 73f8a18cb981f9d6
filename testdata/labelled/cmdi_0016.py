# label: cmdi safe CWE-78
# cmdi_0016: source fastapi, bar ifexp_safe

import os
from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi_0016")
def cmdi_0016(q: str = ""):
    param = q
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    os.system("echo " + bar)
    return {"status": "ok"}
