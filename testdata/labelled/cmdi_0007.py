# label: cmdi vulnerable CWE-78
# cmdi_0007: source flask, bar try

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0007", methods=["GET", "POST"])
def cmdi_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    try:
        bar = param.encode("ascii").decode("ascii")
    except UnicodeError:
        bar = ""
    subprocess.call(["bash", "-c", "tar czf /tmp/out.tgz " + bar])  # want: T78
    return "ok"
