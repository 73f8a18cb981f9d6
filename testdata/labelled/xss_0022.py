# label: xss vulnerable CWE-79
# xss_0022: source flask, bar recursion

from flask import Flask, request
from flask import Response

app = Flask(__name__)


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.route("/xss_0022", methods=["GET", "POST"])
def xss_0022():
    param = request.args.get("name", "")
    bar = unwrap(param, 3)
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
