# label: redirect vulnerable CWE-601
# redirect_0003: source fastapi, bar static

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.get("/redirect_0003")
def redirect_0003(q: str = ""):
    param = q
    bar = Util.passthrough(param)
    return RedirectResponse(bar)  # want: T601
