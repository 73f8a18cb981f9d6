# label: xss safe CWE-79
# xss_0046: source flask, bar method

from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/xss_0046", methods=["GET", "POST"])
def xss_0046():
    param = request.headers.get("X-Client-Ref", "")
    thing = Thing()
    bar = thing.do_something(param)
    return Template("<p>Hello {{ name }}</p>", autoescape=True).render(name=bar)
