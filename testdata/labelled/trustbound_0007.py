# label: trustbound vulnerable CWE-501
# trustbound_0007: source flask, bar ifexp

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0007", methods=["GET", "POST"])
def trustbound_0007():
    param = request.form.get("comment", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    session["user_ref"] = bar  # want: T501
    return "ok"
