# label: redirect safe CWE-601
import re

from flask import Flask, redirect, request

app = Flask(__name__)
LOCAL_PATH = re.compile(r"/[A-Za-z0-9_\-/]*")


def is_local(url):
    return LOCAL_PATH.fullmatch(url) is not None and not url.startswith("//")


@app.route("/login", methods=["POST"])
def login():
    nxt = request.args.get("next", "/")
    if not is_local(nxt):
        nxt = "/"
    return redirect(nxt)
