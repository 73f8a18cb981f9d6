# label: trustbound vulnerable CWE-501
# trustbound_0006: source flask, bar recursion

from flask import Flask, request
from flask import session

app = Flask(__name__)


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.route("/trustbound_0006", methods=["GET", "POST"])
def trustbound_0006():
    param = request.args.get("name", "")
    bar = unwrap(param, 3)
    session.update({"display_name": bar})  # want: T501
    return "ok"
