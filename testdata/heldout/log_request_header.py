# label: log vulnerable CWE-117
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    log.warning("failed login for user " + user)  # want: T117
    return "no", 401
