# label: xss vulnerable CWE-79
# xss_0022: source flask, bar varargs

from flask import Flask, request
from flask import Response

app = Flask(__name__)


def first(*args):
    return args[0]


@app.route("/xss_0022", methods=["GET", "POST"])
def xss_0022():
    param = request.args.get("name", "")
    bar = first(param)
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
