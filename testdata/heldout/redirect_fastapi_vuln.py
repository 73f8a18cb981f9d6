# label: redirect vulnerable CWE-601
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/out")
def out(url: str):
    return RedirectResponse(url)  # want: T601
