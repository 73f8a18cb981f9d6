# label: trustbound safe CWE-501
# trustbound_0008: source flask, bar dict_overwrite

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0008", methods=["GET", "POST"])
def trustbound_0008():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyB": param}
    values["keyB"] = "safe"
    bar = values["keyB"]
    session["user_ref"] = bar
    return "ok"
