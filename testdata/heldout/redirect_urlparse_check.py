# label: redirect safe CWE-601
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    # backslashes become slashes first: browsers read "/\evil.com" as "//evil.com"
    target = request.args.get("next", "/").replace("\\", "/")
    parts = urlparse(target)
    if parts.netloc or parts.scheme or not target.startswith("/"):
        target = "/"
    return redirect(target)
