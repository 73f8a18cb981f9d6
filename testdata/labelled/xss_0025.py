# label: xss safe CWE-79
# xss_0025: source fastapi, bar helper_const

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def do_something(value):
    return "safe!"


@app.get("/xss_0025")
def xss_0025(q: str = ""):
    param = q
    bar = do_something(param)
    return HTMLResponse("<h1>%s</h1>" % bar)
