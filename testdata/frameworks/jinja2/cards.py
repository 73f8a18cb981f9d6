"""A card renderer built on Jinja2 directly (served through Flask)."""
from flask import Flask, request
from jinja2 import DictLoader, Environment, FileSystemLoader, Template, select_autoescape
from jinja2.nativetypes import NativeEnvironment
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
sandbox = SandboxedEnvironment()


@app.route("/card")
def card():
    title = request.args.get("title", "")
    return env.get_template("card.html").render(title=title, body="")


@app.route("/card/custom", methods=["POST"])
def card_custom():
    layout = request.form["layout"]
    template = env.from_string(layout)  # want: T1336
    return template.render(title="custom")


@app.route("/card/inline")
def card_inline():
    title = request.args.get("title", "")
    template = Template("<h2>" + title + "</h2>")  # want: T1336
    return template.render()


@app.route("/card/inline/safe")
def card_inline_safe():
    title = request.args.get("title", "")
    template = env.from_string("<h2>{{ title }}</h2>")
    return template.render(title=title)


@app.route("/card/sandboxed", methods=["POST"])
def card_sandboxed():
    layout = request.form["layout"]
    return sandbox.from_string(layout).render(title="preview")


@app.route("/rule")
def rule():
    expression = request.args.get("rule", "1 > 0")
    check = env.compile_expression(expression)  # want: T1336
    return {"result": bool(check(level=3))}


@app.route("/calc")
def calc():
    expression = request.args.get("expr", "1 + 1")
    native = NativeEnvironment()
    result = native.from_string("{{ " + expression + " }}").render()  # want: T1336
    return {"result": str(result)}


@app.route("/pages", methods=["POST"])
def pages():
    body = request.form["body"]
    site = Environment(loader=DictLoader({"page.html": body}))  # want: T1336
    return site.get_template("page.html").render()
