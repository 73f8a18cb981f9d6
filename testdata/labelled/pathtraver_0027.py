# label: pathtraver safe CWE-22
# pathtraver_0027: source flask, bar list_pop_safe

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


@app.route("/pathtraver_0027", methods=["GET", "POST"])
def pathtraver_0027():
    param = request.args.get("name", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    return send_file(os.path.join("/srv/files", bar))
