# label: trustbound vulnerable CWE-501
# trustbound_0006: source flask, bar walrus

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0006", methods=["GET", "POST"])
def trustbound_0006():
    param = request.args.get("name", "")
    if (bar := param) is None:
        return "bad request", 400
    session.update({"display_name": bar})  # want: T501
    return "ok"
