# label: pathtraver vulnerable CWE-22
# pathtraver_0015: source fastapi, bar method

import os
from fastapi import FastAPI

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


@app.get("/pathtraver_0015")
def pathtraver_0015(q: str = ""):
    param = q
    thing = Thing()
    bar = thing.do_something(param)
    os.remove("/tmp/app/" + bar)  # want: T22
    return {"status": "ok"}
