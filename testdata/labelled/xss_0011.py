# label: xss vulnerable CWE-79
# xss_0011: source fastapi, bar inherit

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.get("/xss_0011")
def xss_0011(q: str = ""):
    param = q
    bar = Child().clean(param)
    return HTMLResponse("<h1>%s</h1>" % bar)  # want: T79
