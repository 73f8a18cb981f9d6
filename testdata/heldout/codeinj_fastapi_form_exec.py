# label: codeinj vulnerable CWE-94
from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/hook")
def hook(code: str = Form(...)):
    scope = {}
    exec(code, scope)  # want: T94
    return {"keys": sorted(scope)}
