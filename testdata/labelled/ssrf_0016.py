# label: ssrf safe CWE-918
# ssrf_0016: source fastapi, bar unquote

import requests
import urllib.parse
from fastapi import FastAPI

app = FastAPI()


@app.get("/ssrf_0016")
def ssrf_0016(q: str = ""):
    param = q
    bar = urllib.parse.unquote(param)
    if bar not in ("eu", "us"):
        return {"error": "bad request"}
    resp = requests.get(f"https://{bar}.api.example.com/health", timeout=5)
    return {"status": "ok"}
