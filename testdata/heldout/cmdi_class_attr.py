# label: cmdi vulnerable CWE-78
import subprocess

from flask import Flask, request

app = Flask(__name__)


class Job:
    def __init__(self, script):
        self.script = script

    def run(self):
        return subprocess.run("bash -c '%s'" % self.script, shell=True, capture_output=True)  # want: T78


@app.route("/job", methods=["POST"])
def job():
    j = Job(request.form["script"])
    return j.run().stdout
