# label: redirect vulnerable CWE-601
# redirect_0004: source flask, bar try

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/redirect_0004", methods=["GET", "POST"])
def redirect_0004():
    param = request.args.get("name", "")
    try:
        bar = param.encode("ascii").decode("ascii")
    except UnicodeError:
        bar = ""
    return Response(status=302, headers={"Location": bar})  # want: T601
