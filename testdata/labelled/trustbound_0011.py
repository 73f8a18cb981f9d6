# label: trustbound safe CWE-501
# trustbound_0011: source flask, bar setitem_safe

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0011", methods=["GET", "POST"])
def trustbound_0011():
    param = request.form.get("comment", "")
    items = ["a", param]
    items[1] = "safe"
    bar = items[1]
    session["user_ref"] = bar
    return "ok"
