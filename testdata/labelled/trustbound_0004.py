# label: trustbound vulnerable CWE-501
# trustbound_0004: source flask, bar recursion

from flask import Flask, request
from flask import session

app = Flask(__name__)


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.route("/trustbound_0004", methods=["GET", "POST"])
def trustbound_0004():
    param = request.form.get("comment", "")
    bar = unwrap(param, 3)
    session["user_ref"] = bar  # want: T501
    return "ok"
