"""A download endpoint that probes the file system with the client's path."""
import os
import sys
from pathlib import Path

from flask import Flask, abort, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/downloads"


@app.get("/exists")
def exists():
    name = request.args["name"]
    return {"exists": os.path.exists(os.path.join(BASE, name))}  # want: T22


@app.get("/size")
def size():
    target = Path(BASE) / request.args["name"]
    if not target.is_file():  # want: T22
        abort(404)
    return {"size": 0}


@app.get("/exists/safe")
def exists_safe():
    name = secure_filename(request.args["name"])
    return {"exists": os.path.exists(os.path.join(BASE, name))}


@app.get("/download")
def download():
    name = secure_filename(request.args["name"])
    if not os.path.isfile(os.path.join(BASE, name)):
        abort(404)
    return send_from_directory(BASE, name)


def cli_check():
    # A command-line user asking about their own paths.
    for path in sys.argv[1:]:
        print(path, os.path.exists(path), os.stat(path).st_size)
