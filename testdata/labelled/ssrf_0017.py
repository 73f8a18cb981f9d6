# label: ssrf safe CWE-918
# ssrf_0017: source fastapi, bar match

import requests
import urllib.parse
from fastapi import FastAPI

app = FastAPI()


@app.get("/ssrf_0017")
def ssrf_0017(q: str = ""):
    param = q
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    if urllib.parse.urlparse(bar).hostname not in ("api.example.com", "cdn.example.com"):
        return {"error": "bad request"}
    resp = requests.get(bar, timeout=5)
    return {"status": "ok"}
