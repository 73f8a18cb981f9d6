# label: redirect safe CWE-601
# redirect_0014: source flask, bar alnum

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/redirect_0014", methods=["GET", "POST"])
def redirect_0014():
    param = request.args.get("name", "")
    if not param.isalnum():
        return "bad request", 400
    bar = param
    return Response(status=302, headers={"Location": bar})
