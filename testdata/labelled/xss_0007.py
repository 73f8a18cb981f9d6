# label: xss vulnerable CWE-79
# xss_0007: source flask, bar percent

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)


@app.route("/xss_0007", methods=["GET", "POST"])
def xss_0007():
    param = request.form.get("comment", "")
    bar = "%s" % param
    env = Environment(loader=FileSystemLoader("templates"))
    return env.get_template("greeting.html").render(name=bar)  # want: T79
