# label: redirect vulnerable CWE-601
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    target = request.args.get("next", "/")
    return redirect(target)  # want: T601
