# label: xss vulnerable CWE-79
# xss_0012: source fastapi, bar loop

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0012")
def xss_0012(q: str = ""):
    param = q
    bar = ""
    for ch in param:
        bar += ch
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
