# label: pathtraver vulnerable CWE-22
# pathtraver_0004: source flask, bar bytes

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


@app.route("/pathtraver_0004", methods=["GET", "POST"])
def pathtraver_0004():
    param = request.cookies.get("preference", "")
    bar = bytes(param, "utf-8").decode("utf-8")
    return send_file(os.path.join("/srv/files", bar))  # want: T22
