# label: path safe CWE-22
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/avatar")
def avatar():
    name = os.path.basename(request.args.get("name", "default.png"))
    with open(os.path.join("/srv/avatars", name), "rb") as fh:
        return fh.read()
