# label: xss safe CWE-79
# xss_0028: source flask, bar allowlist

from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/xss_0028", methods=["GET", "POST"])
def xss_0028():
    param = request.headers.get("X-Client-Ref", "")
    if param not in ("asc", "desc", "latest"):
        return "bad request", 400
    bar = param
    return Template("<p>Hello {{ name }}</p>").render(name=bar)
