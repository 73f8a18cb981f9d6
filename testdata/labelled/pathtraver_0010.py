# label: pathtraver vulnerable CWE-22
# pathtraver_0010: source flask, bar ifexp

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


@app.route("/pathtraver_0010/<path:rest>")
def pathtraver_0010(rest):
    param = request.path.split("/", 2)[2]
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    return send_file(os.path.join("/srv/files", bar))  # want: T22
