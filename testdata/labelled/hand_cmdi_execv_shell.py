# label: cmdi vulnerable CWE-78
# hand-written: the argv list handed to os.execv runs a shell script built from the query
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run():
    target = request.args.get("target", "")
    os.execv("/bin/sh", ["sh", "-c", "tar czf /tmp/out.tgz " + target])  # want: T78
