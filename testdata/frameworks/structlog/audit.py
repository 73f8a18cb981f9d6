"""Audit logging with structlog."""
import structlog
from flask import Flask, request

app = Flask(__name__)
log = structlog.get_logger()


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "")
    log.info("login attempt", user=user)  # want: T117
    log.bind(ip=request.remote_addr).warning("login failed for " + user)  # want: T117
    log.info("login attempt", outcome="denied")
    return "denied", 403
