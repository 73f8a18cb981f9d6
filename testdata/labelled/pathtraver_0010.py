# label: pathtraver vulnerable CWE-22
# pathtraver_0010: source flask, bar list_pop

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


@app.route("/pathtraver_0010/<path:rest>")
def pathtraver_0010(rest):
    param = request.path.split("/", 2)[2]
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    return send_file(os.path.join("/srv/files", bar))  # want: T22
