# label: xss vulnerable CWE-79
# xss_0020: source flask, bar nested_call

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.route("/xss_0020", methods=["GET", "POST"])
def xss_0020():
    param = request.args.get("name", "")
    bar = outer(param)
    return Markup("<b>%s</b>" % bar)  # want: T79
