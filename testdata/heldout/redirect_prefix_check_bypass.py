# label: redirect vulnerable CWE-601
from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.route("/out")
def out():
    url = request.args.get("url", "")
    # "https://example.com.evil.net/" passes this check
    if not url.startswith("https://example.com"):
        abort(400)
    return redirect(url)  # want: T601
