# label: redirect vulnerable CWE-601
# redirect_0009: source fastapi, bar varargs

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


def first(*args):
    return args[0]


@app.get("/redirect_0009")
def redirect_0009(q: str = ""):
    param = q
    bar = first(param)
    return RedirectResponse(bar)  # want: T601
