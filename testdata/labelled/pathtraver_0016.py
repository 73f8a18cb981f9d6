# label: pathtraver vulnerable CWE-22
# pathtraver_0016: source flask, bar replace

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


@app.route("/pathtraver_0016", methods=["GET", "POST"])
def pathtraver_0016():
    param = request.args.get("name", "")
    bar = param.replace("\t", " ")
    return send_file(os.path.join("/srv/files", bar))  # want: T22
