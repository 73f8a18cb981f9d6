# label: ssti safe CWE-1336
from flask import Flask, request
from jinja2 import Environment, select_autoescape

app = Flask(__name__)
env = Environment(autoescape=select_autoescape())
GREETING = env.from_string("Hello {{ name }}")


@app.route("/greet")
def greet():
    return GREETING.render(name=request.args.get("name", "world"))
