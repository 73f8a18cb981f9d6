# label: pathtraver vulnerable CWE-22
# pathtraver_0003: source flask, bar unquote

import os
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0003", methods=["GET", "POST"])
def pathtraver_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = urllib.parse.unquote(param)
    os.remove("/tmp/app/" + bar)  # want: T22
    return "ok"
