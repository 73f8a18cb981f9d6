# label: xss safe CWE-79
# xss_0027: source fastapi, bar allowlist

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0027")
def xss_0027(q: str = ""):
    param = q
    if param not in ("asc", "desc", "latest"):
        return {"error": "bad request"}
    bar = param
    return HTMLResponse("<h1>%s</h1>" % bar)
