# label: trustbound vulnerable CWE-501
# trustbound_0004: source flask, bar b64

import base64
from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0004", methods=["GET", "POST"])
def trustbound_0004():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    session["user_ref"] = bar  # want: T501
    return "ok"
