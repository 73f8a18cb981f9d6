# label: path safe CWE-22
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["doc"]
    dest = os.path.join("/srv/uploads", secure_filename(f.filename))
    f.save(dest)
    return "ok"
