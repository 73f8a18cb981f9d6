import os

import boto3
from flask import Flask, request, send_file

app = Flask(__name__)
s3 = boto3.client("s3")
EXPORTS = "/srv/exports"


@app.route("/export")
def export():
    key = request.args["key"]
    s3.download_file("exports-bucket", key, os.path.join(EXPORTS, key))  # want: T22
    return "ok"


@app.route("/export/safe")
def export_safe():
    key = request.args["key"]
    s3.download_file("exports-bucket", key, os.path.join(EXPORTS, os.path.basename(key)))
    return "ok"
