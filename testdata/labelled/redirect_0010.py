# label: redirect vulnerable CWE-601
# redirect_0010: source flask, bar dict_update

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/redirect_0010", methods=["GET", "POST"])
def redirect_0010():
    param = request.args.get("name", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    return Response(status=302, headers={"Location": bar})  # want: T601
