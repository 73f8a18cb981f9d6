# label: trustbound vulnerable CWE-501
# trustbound_0007: source flask, bar html_escape

import html
from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0007", methods=["GET", "POST"])
def trustbound_0007():
    param = request.form.get("comment", "")
    bar = html.escape(param)
    session["user_ref"] = bar  # want: T501
    return "ok"
