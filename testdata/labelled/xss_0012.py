# label: xss vulnerable CWE-79
# xss_0012: source flask, bar generator

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


def produce(value):
    yield value
    yield "done"


@app.route("/xss_0012", methods=["GET", "POST"])
def xss_0012():
    param = request.args.get("name", "")
    bar = next(produce(param))
    return Markup("<b>%s</b>" % bar)  # want: T79
