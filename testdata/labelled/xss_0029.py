# label: xss safe CWE-79
# xss_0029: source flask, bar allowlist

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)


@app.route("/xss_0029", methods=["GET", "POST"])
def xss_0029():
    param = request.form.get("comment", "")
    if param not in ("asc", "desc", "latest"):
        return "bad request", 400
    bar = param
    env = Environment(loader=FileSystemLoader("templates"))
    return env.get_template("greeting.html").render(name=bar)
