# label: cmdi safe CWE-78
# hand-written: the request value is one argument of a fixed program, after "--"
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run():
    target = request.args.get("target", "")
    os.execv("/bin/tar", ["tar", "czf", "/tmp/out.tgz", "--", target])
