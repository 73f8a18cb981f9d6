# label: xss safe CWE-79
# xss_0025: source fastapi, bar method_const

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class Thing:
    def do_something(self, value):
        return "constant"


@app.get("/xss_0025")
def xss_0025(q: str = ""):
    param = q
    thing = Thing()
    bar = thing.do_something(param)
    return HTMLResponse("<h1>%s</h1>" % bar)
