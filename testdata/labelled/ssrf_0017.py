# label: ssrf safe CWE-918
# ssrf_0017: source fastapi, bar dict

import requests
import urllib.parse
from fastapi import FastAPI

app = FastAPI()


@app.get("/ssrf_0017")
def ssrf_0017(q: str = ""):
    param = q
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    if urllib.parse.urlparse(bar).hostname not in ("api.example.com", "cdn.example.com"):
        return {"error": "bad request"}
    resp = requests.get(bar, timeout=5)
    return {"status": "ok"}
