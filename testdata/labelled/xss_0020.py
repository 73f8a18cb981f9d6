# label: xss vulnerable CWE-79
# xss_0020: source flask, bar varargs

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


def first(*args):
    return args[0]


@app.route("/xss_0020", methods=["GET", "POST"])
def xss_0020():
    param = request.args.get("name", "")
    bar = first(param)
    return Markup("<b>%s</b>" % bar)  # want: T79
