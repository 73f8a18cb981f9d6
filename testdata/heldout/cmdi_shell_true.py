# label: cmdi vulnerable CWE-78
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/archive", methods=["POST"])
def archive():
    name = request.form["name"]
    subprocess.check_output("tar czf /tmp/out.tgz " + name, shell=True)  # want: T78
    return "done"
