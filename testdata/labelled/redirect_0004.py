# label: redirect vulnerable CWE-601
# redirect_0004: source flask, bar comprehension

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/redirect_0004", methods=["GET", "POST"])
def redirect_0004():
    param = request.args.get("name", "")
    bar = "".join([ch for ch in param])
    return Response(status=302, headers={"Location": bar})  # want: T601
