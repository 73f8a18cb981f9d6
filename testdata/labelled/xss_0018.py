# label: xss vulnerable CWE-79
# xss_0018: source flask, bar nested_call

from flask import Flask, request
from flask import Response

app = Flask(__name__)


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.route("/xss_0018", methods=["GET", "POST"])
def xss_0018():
    param = request.args.get("name", "")
    bar = outer(param)
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
