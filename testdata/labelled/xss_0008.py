# label: xss vulnerable CWE-79
# xss_0008: source flask, bar fstring

from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/xss_0008", methods=["GET", "POST"])
def xss_0008():
    param = request.headers.get("X-Client-Ref", "")
    bar = f"{param}"
    return Template("<p>Hello {{ name }}</p>").render(name=bar)  # want: T79
