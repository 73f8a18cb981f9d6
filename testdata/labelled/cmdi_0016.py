# label: cmdi vulnerable CWE-78
# cmdi_0016: source fastapi, bar while

import subprocess
from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi_0016")
def cmdi_0016(q: str = ""):
    param = q
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    subprocess.run(f"ls -l {bar}", shell=True)  # want: T78
    return {"status": "ok"}
