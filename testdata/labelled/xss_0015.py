# label: xss vulnerable CWE-79
# xss_0015: source flask, bar del_index

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)


@app.route("/xss_0015", methods=["GET", "POST"])
def xss_0015():
    param = request.form.get("comment", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    env = Environment(loader=FileSystemLoader("templates"))
    return env.get_template("greeting.html").render(name=bar)  # want: T79
