# label: xss safe CWE-79
# xss_0045: source flask, bar list_pop

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)


@app.route("/xss_0045", methods=["GET", "POST"])
def xss_0045():
    param = request.form.get("comment", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
    return env.get_template("greeting.html").render(name=bar)
