# label: cmdi safe CWE-78
# cmdi_0025: source flask, bar isdigit

import subprocess
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0025", methods=["GET", "POST"])
def cmdi_0025():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = param if param.isdigit() else "0"
    subprocess.call(["bash", "-c", "tar czf /tmp/out.tgz " + bar])
    return "ok"
