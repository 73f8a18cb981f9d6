# label: trustbound safe CWE-501
# trustbound_0009: source flask, bar dict_safe

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0009", methods=["GET", "POST"])
def trustbound_0009():
    param = request.args.get("name", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    session["user_ref"] = bar
    return "ok"
