# label: trustbound vulnerable CWE-501
# trustbound_0004: source flask, bar walrus

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0004", methods=["GET", "POST"])
def trustbound_0004():
    param = request.form.get("comment", "")
    if (bar := param) is None:
        return "bad request", 400
    session["user_ref"] = bar  # want: T501
    return "ok"
