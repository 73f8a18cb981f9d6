# label: pathtraver safe CWE-22
# pathtraver_0033: source flask, bar dict

from flask import Flask, request
from flask import send_from_directory

app = Flask(__name__)


@app.route("/pathtraver_0033", methods=["GET", "POST"])
def pathtraver_0033():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    return send_from_directory("/srv/files", bar)
