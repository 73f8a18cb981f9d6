# label: xss safe CWE-79
# xss_0042: source flask, bar method

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/xss_0042", methods=["GET", "POST"])
def xss_0042():
    param = request.form.get("comment", "")
    thing = Thing()
    bar = thing.do_something(param)
    env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
    return env.get_template("greeting.html").render(name=bar)
