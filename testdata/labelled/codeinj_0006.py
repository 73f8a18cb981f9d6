# label: codeinj vulnerable CWE-94
# codeinj_0006: source flask, bar replace

import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0006", methods=["GET", "POST"])
def codeinj_0006():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = param.replace("\t", " ")
    code = compile("result = " + bar, "<expr>", "exec")
    exec(code)  # want: T94
    return "ok"
