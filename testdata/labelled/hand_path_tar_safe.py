# label: pathtraver safe CWE-22
# hand-written: a request picks one of the known archives by key
import tarfile
from flask import Flask, request

app = Flask(__name__)
ARCHIVES = {"logs": "/srv/archives/logs.tgz", "reports": "/srv/archives/reports.tgz"}


@app.route("/list")
def list_archive():
    key = request.args.get("name", "logs")
    path = ARCHIVES.get(key)
    if path is None:
        return "unknown archive", 404
    with tarfile.open(path) as tar:
        return "\n".join(tar.getnames())
