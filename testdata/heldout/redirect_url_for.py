# label: redirect safe CWE-601
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/go")
def go():
    page = request.args.get("page", "1")
    return redirect(url_for("listing", page=page))


@app.route("/listing")
def listing():
    return "list"
