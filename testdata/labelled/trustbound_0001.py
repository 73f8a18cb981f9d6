# label: trustbound vulnerable CWE-501
# trustbound_0001: source flask, bar varargs

from flask import Flask, request
from flask import session

app = Flask(__name__)


def first(*args):
    return args[0]


@app.route("/trustbound_0001", methods=["GET", "POST"])
def trustbound_0001():
    param = request.args.get("name", "")
    bar = first(param)
    session["user_ref"] = bar  # want: T501
    return "ok"
