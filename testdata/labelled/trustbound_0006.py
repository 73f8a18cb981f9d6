# label: trustbound vulnerable CWE-501
# trustbound_0006: source flask, bar varcond

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0006", methods=["GET", "POST"])
def trustbound_0006():
    param = request.args.get("name", "")
    bar = param if len(param) < 4096 else ""
    session.update({"display_name": bar})  # want: T501
    return "ok"
