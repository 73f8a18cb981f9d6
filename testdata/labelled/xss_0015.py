# label: xss vulnerable CWE-79
# xss_0015: source fastapi, bar del_index

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0015")
def xss_0015(q: str = ""):
    param = q
    items = ["safe", param]
    del items[0]
    bar = items[0]
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
