# label: xss vulnerable CWE-79
# xss_0003: source fastapi, bar overwrite_late

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0003")
def xss_0003(q: str = ""):
    param = q
    bar = "constant"
    if param:
        bar = param
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
