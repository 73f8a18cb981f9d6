# label: xss safe CWE-79
# xss_0043: source flask, bar unpack

from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/xss_0043", methods=["GET", "POST"])
def xss_0043():
    param = request.headers.get("X-Client-Ref", "")
    first, bar = "safe", param
    return Template("<p>Hello {{ name }}</p>", autoescape=True).render(name=bar)
