# label: xss safe CWE-79
# xss_0045: source flask, bar loop

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)


@app.route("/xss_0045", methods=["GET", "POST"])
def xss_0045():
    param = request.form.get("comment", "")
    bar = ""
    for ch in param:
        bar += ch
    env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
    return env.get_template("greeting.html").render(name=bar)
