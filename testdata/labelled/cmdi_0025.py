# label: cmdi safe CWE-78
# cmdi_0025: source flask, bar isdigit

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0025", methods=["GET", "POST"])
def cmdi_0025():
    param = request.headers.get("X-Client-Ref", "")
    bar = param if param.isdigit() else "0"
    subprocess.call(["bash", "-c", "tar czf /tmp/out.tgz " + bar])
    return "ok"
