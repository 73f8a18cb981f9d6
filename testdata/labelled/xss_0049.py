# label: xss safe CWE-79
# xss_0049: source flask, bar nested_call

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.route("/xss_0049", methods=["GET", "POST"])
def xss_0049():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = outer(param)
    resp = make_response("Saved: " + bar)
    resp.mimetype = "text/plain"
    return resp
