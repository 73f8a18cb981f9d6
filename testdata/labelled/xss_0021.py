# label: xss safe CWE-79
# xss_0021: source fastapi, bar overwrite

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0021")
def xss_0021(q: str = ""):
    param = q
    bar = param
    bar = "constant_value"
    return HTMLResponse("<h1>%s</h1>" % bar)
