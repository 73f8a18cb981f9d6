# label: xss safe CWE-79
# xss_0018: source fastapi, bar dict_safe

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0018")
def xss_0018(q: str = ""):
    param = q
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    return HTMLResponse("<h1>%s</h1>" % bar)
