# label: xss safe CWE-79
# xss_0033: source fastapi, bar setitem_safe

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0033")
def xss_0033(q: str = ""):
    param = q
    items = ["a", param]
    items[1] = "safe"
    bar = items[1]
    return HTMLResponse("<h1>%s</h1>" % bar)
