# label: trustbound vulnerable CWE-501
# trustbound_0003: source flask, bar varargs

from flask import Flask, request
from flask import session

app = Flask(__name__)


def first(*args):
    return args[0]


@app.route("/trustbound_0003", methods=["GET", "POST"])
def trustbound_0003():
    param = request.args.get("name", "")
    bar = first(param)
    session.update({"display_name": bar})  # want: T501
    return "ok"
