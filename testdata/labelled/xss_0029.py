# label: xss safe CWE-79
# xss_0029: source fastapi, bar replace

import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0029")
def xss_0029(q: str = ""):
    param = q
    bar = param.replace("\t", " ")
    return HTMLResponse("<h1>%s</h1>" % html.escape(bar))
