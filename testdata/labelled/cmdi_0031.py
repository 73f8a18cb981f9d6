# label: cmdi safe CWE-78
# cmdi_0031: source flask, bar while

import subprocess
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0031", methods=["GET", "POST"])
def cmdi_0031():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return "ok"
