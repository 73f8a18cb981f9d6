# label: trustbound vulnerable CWE-501
# trustbound_0003: source flask, bar while

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0003", methods=["GET", "POST"])
def trustbound_0003():
    param = request.args.get("name", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    session.update({"display_name": bar})  # want: T501
    return "ok"
