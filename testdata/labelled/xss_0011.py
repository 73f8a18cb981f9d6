# label: xss vulnerable CWE-79
# xss_0011: source fastapi, bar try

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0011")
def xss_0011(q: str = ""):
    param = q
    try:
        bar = param.encode("ascii").decode("ascii")
    except UnicodeError:
        bar = ""
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
