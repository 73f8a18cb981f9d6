# label: redirect vulnerable CWE-601
# redirect_0010: source flask, bar del_index

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/redirect_0010", methods=["GET", "POST"])
def redirect_0010():
    param = request.args.get("name", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    return Response(status=302, headers={"Location": bar})  # want: T601
