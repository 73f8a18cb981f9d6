# label: ssrf safe CWE-918
# ssrf_0015: source fastapi, bar selfattr

import requests
from fastapi import FastAPI

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.get("/ssrf_0015")
def ssrf_0015(q: str = ""):
    param = q
    holder = Holder(param)
    bar = holder.get()
    resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)
    return {"status": "ok"}
