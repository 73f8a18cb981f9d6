# label: xss safe CWE-79
# xss_0037: source flask, bar isdigit

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)


@app.route("/xss_0037", methods=["GET", "POST"])
def xss_0037():
    param = request.form.get("comment", "")
    bar = param if param.isdigit() else "0"
    env = Environment(loader=FileSystemLoader("templates"))
    return env.get_template("greeting.html").render(name=bar)
