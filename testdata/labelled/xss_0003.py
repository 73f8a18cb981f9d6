# label: xss vulnerable CWE-79
# xss_0003: source fastapi, bar listappend

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0003")
def xss_0003(q: str = ""):
    param = q
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
