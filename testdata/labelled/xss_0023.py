# label: xss safe CWE-79
# xss_0023: source fastapi, bar helper_const

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def do_something(value):
    return "safe!"


@app.get("/xss_0023")
def xss_0023(q: str = ""):
    param = q
    bar = do_something(param)
    return HTMLResponse("<h1>%s</h1>" % bar)
