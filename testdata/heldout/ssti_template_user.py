# label: ssti vulnerable CWE-1336
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/greet")
def greet():
    tpl = request.args.get("tpl", "Hello {{ name }}")
    return Template(tpl).render(name="world")  # want: T1336
