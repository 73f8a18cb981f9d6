# label: redirect vulnerable CWE-601
# redirect_0010: source flask, bar recursion

from flask import Flask, request
from flask import Response

app = Flask(__name__)


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.route("/redirect_0010", methods=["GET", "POST"])
def redirect_0010():
    param = request.args.get("name", "")
    bar = unwrap(param, 3)
    return Response(status=302, headers={"Location": bar})  # want: T601
