# label: xss safe CWE-79
# xss_0031: source fastapi, bar selfattr_const

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


@app.get("/xss_0031")
def xss_0031(q: str = ""):
    param = q
    holder = Holder(param)
    bar = holder.get()
    return HTMLResponse("<h1>%s</h1>" % bar)
