# label: ssrf safe CWE-918
# ssrf_0015: source fastapi, bar helper

import requests
from fastapi import FastAPI

app = FastAPI()


def do_something(value):
    value = value.strip()
    return value


@app.get("/ssrf_0015")
def ssrf_0015(q: str = ""):
    param = q
    bar = do_something(param)
    resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)
    return {"status": "ok"}
