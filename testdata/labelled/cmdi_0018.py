# label: cmdi vulnerable CWE-78
# cmdi_0018: source fastapi, bar template

import os
import string
from fastapi import FastAPI
from fastapi import Header

app = FastAPI()


@app.get("/cmdi_0018")
def cmdi_0018(x_client_ref: str = Header("")):
    param = x_client_ref
    bar = string.Template("$v").substitute(v=param)
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return {"status": "ok"}
