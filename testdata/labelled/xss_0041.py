# label: xss safe CWE-79
# xss_0041: source fastapi, bar percent

import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0041")
def xss_0041(q: str = ""):
    param = q
    bar = "%s" % param
    return HTMLResponse("<h1>%s</h1>" % html.escape(bar))
