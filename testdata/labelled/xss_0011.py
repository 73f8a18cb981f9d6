# label: xss vulnerable CWE-79
# xss_0011: source fastapi, bar comprehension

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0011")
def xss_0011(q: str = ""):
    param = q
    bar = "".join([ch for ch in param])
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
