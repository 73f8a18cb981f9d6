# label: ssrf safe CWE-918
# ssrf_0017: source fastapi, bar lambda

import requests
import urllib.parse
from fastapi import FastAPI
from fastapi import Header

app = FastAPI()


@app.get("/ssrf_0017")
def ssrf_0017(x_client_ref: str = Header("")):
    param = x_client_ref
    transform = lambda s: s
    bar = transform(param)
    if urllib.parse.urlparse(bar).hostname not in ("api.example.com", "cdn.example.com"):
        return {"error": "bad request"}
    resp = requests.get(bar, timeout=5)
    return {"status": "ok"}
