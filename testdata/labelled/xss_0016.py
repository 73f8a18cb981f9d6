# label: xss vulnerable CWE-79
# xss_0016: source flask, bar del_index

from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/xss_0016", methods=["GET", "POST"])
def xss_0016():
    param = request.headers.get("X-Client-Ref", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    return Template("<p>Hello {{ name }}</p>").render(name=bar)  # want: T79
