# label: codeinj vulnerable CWE-94
# codeinj_0002: source flask, bar b64

import base64
from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0002", methods=["GET", "POST"])
def codeinj_0002():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    exec("total = " + bar)  # want: T94
    return "ok"
