# label: path vulnerable CWE-22
import os

from flask import Flask, request

app = Flask(__name__)
BASE = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args.get("file", "")
    path = os.path.join(BASE, name)
    with open(path, "rb") as fh:  # want: T22
        return fh.read()
