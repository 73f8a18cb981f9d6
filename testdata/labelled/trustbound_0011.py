# label: trustbound safe CWE-501
# trustbound_0011: source flask, bar del_index_safe

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0011", methods=["GET", "POST"])
def trustbound_0011():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    session["user_ref"] = bar
    return "ok"
