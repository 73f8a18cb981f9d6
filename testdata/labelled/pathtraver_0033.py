# label: pathtraver safe CWE-22
# pathtraver_0033: source flask, bar template

import string
from flask import Flask, request
from flask import send_from_directory

app = Flask(__name__)


@app.route("/pathtraver_0033", methods=["GET", "POST"])
def pathtraver_0033():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = string.Template("$v").substitute(v=param)
    return send_from_directory("/srv/files", bar)
