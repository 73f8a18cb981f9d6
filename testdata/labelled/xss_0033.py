# label: xss safe CWE-79
# xss_0033: source fastapi, bar del_index_safe

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0033")
def xss_0033(q: str = ""):
    param = q
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    return HTMLResponse("<h1>%s</h1>" % bar)
