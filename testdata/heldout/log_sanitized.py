# label: log safe CWE-117
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    clean = user.replace("\r", "").replace("\n", "")
    log.warning("failed login for user " + clean)
    return "no", 401
