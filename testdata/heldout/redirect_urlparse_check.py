# label: redirect safe CWE-601
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.netloc or parts.scheme:
        target = "/"
    return redirect(target)
