# label: trustbound vulnerable CWE-501
# trustbound_0007: source flask, bar template

import string
from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0007", methods=["GET", "POST"])
def trustbound_0007():
    param = request.form.get("comment", "")
    bar = string.Template("$v").substitute(v=param)
    session["user_ref"] = bar  # want: T501
    return "ok"
