# label: trustbound vulnerable CWE-501
# trustbound_0003: source flask, bar nested_call

from flask import Flask, request
from flask import session

app = Flask(__name__)


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.route("/trustbound_0003", methods=["GET", "POST"])
def trustbound_0003():
    param = request.args.get("name", "")
    bar = outer(param)
    session.update({"display_name": bar})  # want: T501
    return "ok"
