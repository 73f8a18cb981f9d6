# label: redirect vulnerable CWE-601
# redirect_0010: source flask, bar walrus

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/redirect_0010", methods=["GET", "POST"])
def redirect_0010():
    param = request.args.get("name", "")
    if (bar := param) is None:
        return "bad request", 400
    return Response(status=302, headers={"Location": bar})  # want: T601
