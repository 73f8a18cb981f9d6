# label: log vulnerable CWE-117
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/api")
def api():
    ua = request.headers.get("User-Agent", "")
    logger.error("unsupported client: %s", ua)  # want: T117
    return "upgrade", 426
