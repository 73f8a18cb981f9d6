# label: ssrf vulnerable CWE-918
# ssrf_0002: source flask, bar match

import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf_0002", methods=["GET", "POST"])
def ssrf_0002():
    param = request.form.get("comment", "")
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
    with urllib.request.urlopen("http://" + bar + "/status") as resp:  # want: T918
        body = resp.read()
    return "ok"
