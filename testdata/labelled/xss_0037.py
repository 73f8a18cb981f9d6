# label: xss safe CWE-79
# xss_0037: source flask, bar func_const_cond

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/xss_0037", methods=["GET", "POST"])
def xss_0037():
    param = request.form.get("comment", "")
    bar = choose(param)
    env = Environment(loader=FileSystemLoader("templates"))
    return env.get_template("greeting.html").render(name=bar)
