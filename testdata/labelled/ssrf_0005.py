# label: ssrf vulnerable CWE-918
# ssrf_0005: source flask, bar match

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0005", methods=["GET", "POST"])
def ssrf_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
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
    resp = requests.get(bar, timeout=5)  # want: T918
    return "ok"
