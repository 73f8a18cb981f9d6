# label: xss vulnerable CWE-79
# xss_0015: source flask, bar inherit

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.route("/xss_0015", methods=["GET", "POST"])
def xss_0015():
    param = request.form.get("comment", "")
    bar = Child().clean(param)
    env = Environment(loader=FileSystemLoader("templates"))
    return env.get_template("greeting.html").render(name=bar)  # want: T79
