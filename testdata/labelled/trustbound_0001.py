# label: trustbound vulnerable CWE-501
# trustbound_0001: source flask, bar insert

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0001", methods=["GET", "POST"])
def trustbound_0001():
    param = request.args.get("name", "")
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    session["user_ref"] = bar  # want: T501
    return "ok"
