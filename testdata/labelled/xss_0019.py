# label: xss vulnerable CWE-79
# xss_0019: source fastapi, bar kwargs

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def build(**kwargs):
    return kwargs["value"]


@app.get("/xss_0019")
def xss_0019(q: str = ""):
    param = q
    bar = build(value=param)
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
