# label: ssrf vulnerable CWE-918
# ssrf_0003: source flask, bar match

import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0003", methods=["GET", "POST"])
def ssrf_0003():
    param = request.headers.get("X-Client-Ref", "")
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
    resp = httpx.get(bar)  # want: T918
    return "ok"
