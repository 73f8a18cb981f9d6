# label: cmdi safe CWE-78
# cmdi_0028: source flask, bar float

import subprocess
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0028", methods=["GET", "POST"])
def cmdi_0028():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = str(float(param))
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])
    return "ok"
