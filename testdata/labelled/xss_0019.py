# label: xss vulnerable CWE-79
# xss_0019: source fastapi, bar recursion

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.get("/xss_0019")
def xss_0019(q: str = ""):
    param = q
    bar = unwrap(param, 3)
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
