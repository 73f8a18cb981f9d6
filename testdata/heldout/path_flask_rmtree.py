# label: path vulnerable CWE-22
import os
import shutil

from flask import Flask, request

app = Flask(__name__)


@app.route("/delete", methods=["POST"])
def delete():
    project = request.form["project"]
    shutil.rmtree(os.path.join("/srv/projects", project))  # want: T22
    return "deleted"
