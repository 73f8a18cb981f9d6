# label: xss safe CWE-79
# xss_0023: source fastapi, bar overwrite

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0023")
def xss_0023(q: str = ""):
    param = q
    bar = param
    bar = "constant_value"
    return HTMLResponse("<h1>%s</h1>" % bar)
