# label: path safe CWE-22
from flask import Flask, request

from storage import safe_path

app = Flask(__name__)


@app.route("/get")
def get():
    with open(safe_path(request.args["name"])) as fh:
        return fh.read()
