# label: pathtraver safe CWE-22
# pathtraver_0027: source flask, bar dict_safe

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


@app.route("/pathtraver_0027", methods=["GET", "POST"])
def pathtraver_0027():
    param = request.args.get("name", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    return send_file(os.path.join("/srv/files", bar))
