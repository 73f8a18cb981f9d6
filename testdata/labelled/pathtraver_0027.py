# label: pathtraver safe CWE-22
# pathtraver_0027: source flask, bar ifstmt_safe

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


@app.route("/pathtraver_0027", methods=["GET", "POST"])
def pathtraver_0027():
    param = request.args.get("name", "")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    return send_file(os.path.join("/srv/files", bar))
