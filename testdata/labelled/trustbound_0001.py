# label: trustbound vulnerable CWE-501
# trustbound_0001: source flask, bar nested_call

from flask import Flask, request
from flask import session

app = Flask(__name__)


def inner(value):
    return value.strip()


def outer(value):
    prefix = ""
    return prefix + inner(value)


@app.route("/trustbound_0001", methods=["GET", "POST"])
def trustbound_0001():
    param = request.args.get("name", "")
    bar = outer(param)
    session["user_ref"] = bar  # want: T501
    return "ok"
