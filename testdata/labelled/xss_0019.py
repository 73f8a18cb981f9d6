# label: xss vulnerable CWE-79
# xss_0019: source fastapi, bar nested_call

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.get("/xss_0019")
def xss_0019(q: str = ""):
    param = q
    bar = outer(param)
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
