# label: path vulnerable CWE-22
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/static-file")
def static_file():
    return send_file("/srv/static/" + request.args["p"])  # want: T22
