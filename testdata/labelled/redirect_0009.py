# label: redirect vulnerable CWE-601
# redirect_0009: source fastapi, bar while

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect_0009")
def redirect_0009(q: str = ""):
    param = q
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    return RedirectResponse(bar)  # want: T601
