# label: trustbound safe CWE-501
# trustbound_0008: source flask, bar del_index_safe

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0008", methods=["GET", "POST"])
def trustbound_0008():
    param = request.headers.get("X-Client-Ref", "")
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    session["user_ref"] = bar
    return "ok"
