# label: redirect safe CWE-601
# redirect_0013: source fastapi, bar unpack_safe

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect_0013")
def redirect_0013(q: str = ""):
    param = q
    bar, other = "safe", param
    return RedirectResponse(bar)
