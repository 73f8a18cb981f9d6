# label: xss safe CWE-79
# xss_0046: source flask, bar overwrite_late

from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/xss_0046", methods=["GET", "POST"])
def xss_0046():
    param = request.headers.get("X-Client-Ref", "")
    bar = "constant"
    if param:
        bar = param
    return Template("<p>Hello {{ name }}</p>", autoescape=True).render(name=bar)
