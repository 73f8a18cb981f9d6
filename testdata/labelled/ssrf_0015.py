# label: ssrf safe CWE-918
# ssrf_0015: source fastapi, bar loop

import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/ssrf_0015")
def ssrf_0015(q: str = ""):
    param = q
    bar = ""
    for ch in param:
        bar += ch
    resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)
    return {"status": "ok"}
