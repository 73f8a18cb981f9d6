# label: xss vulnerable CWE-79
# xss_0006: source fastapi, bar ifstmt

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0006")
def xss_0006(q: str = ""):
    param = q
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
