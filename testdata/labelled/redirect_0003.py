# label: redirect vulnerable CWE-601
# redirect_0003: source fastapi, bar generator

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


def produce(value):
    yield value
    yield "done"


@app.get("/redirect_0003")
def redirect_0003(q: str = ""):
    param = q
    bar = next(produce(param))
    return RedirectResponse(bar)  # want: T601
