# label: redirect vulnerable CWE-601
# redirect_0009: source fastapi, bar insert

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect_0009")
def redirect_0009(q: str = ""):
    param = q
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    return RedirectResponse(bar)  # want: T601
