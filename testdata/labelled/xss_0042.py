# label: xss safe CWE-79
# xss_0042: source flask, bar recursion

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.route("/xss_0042", methods=["GET", "POST"])
def xss_0042():
    param = request.args.get("name", "")
    bar = unwrap(param, 3)
    return Markup("<b>{}</b>").format(bar)
