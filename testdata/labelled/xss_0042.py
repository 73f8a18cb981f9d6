# label: xss safe CWE-79
# xss_0042: source flask, bar kwargs

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


def build(**kwargs):
    return kwargs["value"]


@app.route("/xss_0042", methods=["GET", "POST"])
def xss_0042():
    param = request.args.get("name", "")
    bar = build(value=param)
    return Markup("<b>{}</b>").format(bar)
