# label: pathtraver safe CWE-22
# pathtraver_0031: source flask, bar list_remove

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0031", methods=["GET", "POST"])
def pathtraver_0031():
    param = request.headers.get("X-Client-Ref", "")
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:
        fh.write("x")
    return "ok"
