# label: xss safe CWE-79
# xss_0030: source flask, bar alnum

from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/xss_0030", methods=["GET", "POST"])
def xss_0030():
    param = request.headers.get("X-Client-Ref", "")
    if not param.isalnum():
        return "bad request", 400
    bar = param
    return Template("<p>Hello {{ name }}</p>").render(name=bar)
