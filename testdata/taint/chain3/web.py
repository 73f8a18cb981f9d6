from flask import Flask, request

from core import service

app = Flask(__name__)


@app.route("/backup", methods=["POST"])
def backup():
    service.archive(request.form["name"])
    service.archive_checked(request.form["name"])
    return "started"
