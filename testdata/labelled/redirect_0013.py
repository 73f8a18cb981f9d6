# label: redirect safe CWE-601
# redirect_0013: source fastapi, bar method_const

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


class Thing:
    def do_something(self, value):
        return "constant"


@app.get("/redirect_0013")
def redirect_0013(q: str = ""):
    param = q
    thing = Thing()
    bar = thing.do_something(param)
    return RedirectResponse(bar)
