# label: path safe CWE-22
import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args.get("file", "")
    path = os.path.realpath(os.path.join(BASE, name))
    if not path.startswith(BASE + os.sep):
        abort(403)
    with open(path, "rb") as fh:
        return fh.read()
