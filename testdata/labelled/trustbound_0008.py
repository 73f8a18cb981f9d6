# label: trustbound safe CWE-501
# trustbound_0008: source flask, bar allowlist

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0008", methods=["GET", "POST"])
def trustbound_0008():
    param = request.headers.get("X-Client-Ref", "")
    if param not in ("asc", "desc", "latest"):
        return "bad request", 400
    bar = param
    session["user_ref"] = bar
    return "ok"
