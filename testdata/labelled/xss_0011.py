# label: xss vulnerable CWE-79
# xss_0011: source fastapi, bar generator

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def produce(value):
    yield value
    yield "done"


@app.get("/xss_0011")
def xss_0011(q: str = ""):
    param = q
    bar = next(produce(param))
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
