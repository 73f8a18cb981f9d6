# label: redirect safe CWE-601
# redirect_0013: source fastapi, bar allowlist

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect_0013")
def redirect_0013(q: str = ""):
    param = q
    if param not in ("asc", "desc", "latest"):
        return {"error": "bad request"}
    bar = param
    return RedirectResponse(bar)
