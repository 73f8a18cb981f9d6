# label: trustbound vulnerable CWE-501
# trustbound_0004: source flask, bar kwargs

from flask import Flask, request
from flask import session

app = Flask(__name__)


def build(**kwargs):
    return kwargs["value"]


@app.route("/trustbound_0004", methods=["GET", "POST"])
def trustbound_0004():
    param = request.form.get("comment", "")
    bar = build(value=param)
    session["user_ref"] = bar  # want: T501
    return "ok"
