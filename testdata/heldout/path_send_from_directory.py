# label: path safe CWE-22
from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.route("/files")
def files():
    return send_from_directory("/srv/shared", request.args["name"])
