# label: ssrf vulnerable CWE-918
# ssrf_0004: source flask, bar match

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0004", methods=["GET", "POST"])
def ssrf_0004():
    param = request.cookies.get("preference", "")
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
    resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)  # want: T918
    return "ok"
