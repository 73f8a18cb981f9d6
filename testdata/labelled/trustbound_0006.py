# label: trustbound vulnerable CWE-501
# trustbound_0006: source flask, bar b64

import base64
from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0006", methods=["GET", "POST"])
def trustbound_0006():
    param = request.args.get("name", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    session.update({"display_name": bar})  # want: T501
    return "ok"
