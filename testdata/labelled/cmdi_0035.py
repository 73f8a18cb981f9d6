# label: cmdi safe CWE-78
# cmdi_0035: source fastapi, bar loop

import subprocess
from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi_0035")
def cmdi_0035(q: str = ""):
    param = q
    bar = ""
    for ch in param:
        bar += ch
    subprocess.run(["tar", "czf", "/tmp/out.tgz", "--", bar], check=False)
    return {"status": "ok"}
