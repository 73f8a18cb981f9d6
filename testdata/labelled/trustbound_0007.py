# label: trustbound safe CWE-501
# trustbound_0007: source flask, bar ifexp_safe

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0007", methods=["GET", "POST"])
def trustbound_0007():
    param = request.args.get("name", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    session["user_ref"] = bar
    return "ok"
