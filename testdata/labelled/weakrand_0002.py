# label: weakrand vulnerable CWE-330
# weakrand_0002: source flask, bar b64

import base64
import random
from flask import Flask, request

app = Flask(__name__)


@app.route("/weakrand_0002", methods=["GET", "POST"])
def weakrand_0002():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    token = bar + str(random.random())  # want: B311
    return "ok"
