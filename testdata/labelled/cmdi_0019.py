# label: cmdi safe CWE-78
# cmdi_0019: source fastapi, bar selfattr_const

import os
from fastapi import Cookie
from fastapi import FastAPI

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


@app.get("/cmdi_0019")
def cmdi_0019(preference: str = Cookie("")):
    param = preference
    holder = Holder(param)
    bar = holder.get()
    os.system("echo " + bar)
    return {"status": "ok"}
