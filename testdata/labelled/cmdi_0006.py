# label: cmdi vulnerable CWE-78
# cmdi_0006: source flask, bar static

import subprocess
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/cmdi_0006", methods=["GET", "POST"])
def cmdi_0006():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = Util.passthrough(param)
    out = subprocess.getoutput("whois " + bar)  # want: T78
    return "ok"
