# label: path vulnerable CWE-22
import os

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/read")
def read():
    name = request.args.get("name", "")
    if ".." in name:
        abort(400)
    # an absolute name ("/etc/passwd") still escapes: os.path.join drops BASE
    with open(os.path.join("/srv/docs", name)) as fh:  # want: T22
        return fh.read()
