# label: xss vulnerable CWE-79
# xss_0020: source flask, bar kwargs

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


def build(**kwargs):
    return kwargs["value"]


@app.route("/xss_0020", methods=["GET", "POST"])
def xss_0020():
    param = request.args.get("name", "")
    bar = build(value=param)
    return Markup("<b>%s</b>" % bar)  # want: T79
