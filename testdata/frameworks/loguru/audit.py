from flask import Flask, request
from loguru import logger

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "")
    logger.info("login attempt for " + user)  # want: T117
    logger.bind(area="auth").warning("failed login for {}", user)  # want: T117
    logger.info("login attempt ({} characters)", len(user))
    return "ok"
