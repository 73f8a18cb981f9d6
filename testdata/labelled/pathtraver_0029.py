# label: pathtraver safe CWE-22
# pathtraver_0029: source flask, bar dict_safe

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


@app.route("/pathtraver_0029", methods=["GET", "POST"])
def pathtraver_0029():
    param = request.args.get("name", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    return send_file(os.path.join("/srv/files", bar))
