# label: xss vulnerable CWE-79
# xss_0009: source fastapi, bar method

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


@app.get("/xss_0009")
def xss_0009(q: str = ""):
    param = q
    thing = Thing()
    bar = thing.do_something(param)
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
