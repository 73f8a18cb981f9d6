# label: cmdi safe CWE-78
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/archive", methods=["POST"])
def archive():
    name = request.form["name"]
    subprocess.check_output("tar czf /tmp/out.tgz " + shlex.quote(name), shell=True)
    return "done"
