# label: redirect vulnerable CWE-601
# redirect_0010: source flask, bar kwargs

from flask import Flask, request
from flask import Response

app = Flask(__name__)


def build(**kwargs):
    return kwargs["value"]


@app.route("/redirect_0010", methods=["GET", "POST"])
def redirect_0010():
    param = request.args.get("name", "")
    bar = build(value=param)
    return Response(status=302, headers={"Location": bar})  # want: T601
