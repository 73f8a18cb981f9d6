# label: redirect vulnerable CWE-601
# redirect_0003: source fastapi, bar lambda

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect_0003")
def redirect_0003(q: str = ""):
    param = q
    transform = lambda s: s
    bar = transform(param)
    return RedirectResponse(bar)  # want: T601
