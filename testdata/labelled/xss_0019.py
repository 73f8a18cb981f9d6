# label: xss vulnerable CWE-79
# xss_0019: source fastapi, bar dict_update

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0019")
def xss_0019(q: str = ""):
    param = q
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
