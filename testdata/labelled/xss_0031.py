# label: xss safe CWE-79
# xss_0031: source fastapi, bar setitem_safe

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0031")
def xss_0031(q: str = ""):
    param = q
    items = ["a", param]
    items[1] = "safe"
    bar = items[1]
    return HTMLResponse("<h1>%s</h1>" % bar)
