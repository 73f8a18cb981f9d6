# label: xss vulnerable CWE-79
# xss_0016: source flask, bar nested_call

from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.route("/xss_0016", methods=["GET", "POST"])
def xss_0016():
    param = request.headers.get("X-Client-Ref", "")
    bar = outer(param)
    return Template("<p>Hello {{ name }}</p>").render(name=bar)  # want: T79
