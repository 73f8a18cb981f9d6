# label: redirect safe CWE-601
# redirect_0009: source flask, bar dict_safe

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0009", methods=["GET", "POST"])
def redirect_0009():
    param = request.args.get("name", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    return redirect(bar)
