# label: ssrf safe CWE-918
# ssrf_0018: source fastapi, bar inherit

import requests
from fastapi import Cookie
from fastapi import FastAPI

app = FastAPI()


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.get("/ssrf_0018")
def ssrf_0018(preference: str = Cookie("")):
    param = preference
    bar = Child().clean(param)
    resp = requests.get(f"https://api.example.com/search?q={bar}&limit=10", timeout=5)
    return {"status": "ok"}
