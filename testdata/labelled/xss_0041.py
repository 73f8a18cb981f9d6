# label: xss safe CWE-79
# xss_0041: source fastapi, bar insert

import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0041")
def xss_0041(q: str = ""):
    param = q
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    return HTMLResponse("<h1>%s</h1>" % html.escape(bar))
