# label: cmdi vulnerable CWE-78
# cmdi_0016: source fastapi, bar varargs

import subprocess
from fastapi import FastAPI

app = FastAPI()


def first(*args):
    return args[0]


@app.get("/cmdi_0016")
def cmdi_0016(q: str = ""):
    param = q
    bar = first(param)
    subprocess.run(f"ls -l {bar}", shell=True)  # want: T78
    return {"status": "ok"}
