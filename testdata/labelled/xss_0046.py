# label: xss safe CWE-79
# xss_0046: source flask, bar match

from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/xss_0046", methods=["GET", "POST"])
def xss_0046():
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
    return Template("<p>Hello {{ name }}</p>", autoescape=True).render(name=bar)
