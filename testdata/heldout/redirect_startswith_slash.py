# label: redirect safe CWE-601
from flask import Flask, redirect, request

app = Flask(__name__)


def is_local(url):
    return url.startswith("/") and not url.startswith("//") and "\\" not in url


@app.route("/login", methods=["POST"])
def login():
    nxt = request.args.get("next", "/")
    if not is_local(nxt):
        nxt = "/"
    return redirect(nxt)
