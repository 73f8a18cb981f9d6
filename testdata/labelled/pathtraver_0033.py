# label: pathtraver safe CWE-22
# pathtraver_0033: source flask, bar template

import string
from flask import Flask, request
from flask import send_from_directory

app = Flask(__name__)


@app.route("/pathtraver_0033/<path:name>")
def pathtraver_0033(name):
    param = name
    bar = string.Template("$v").substitute(v=param)
    return send_from_directory("/srv/files", bar)
