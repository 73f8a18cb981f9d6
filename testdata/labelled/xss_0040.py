# label: xss safe CWE-79
# xss_0040: source flask, bar comprehension

import urllib.parse
from flask import Flask, request
from flask import jsonify

app = Flask(__name__)


@app.route("/xss_0040", methods=["GET", "POST"])
def xss_0040():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = "".join([ch for ch in param])
    return jsonify({"greeting": bar})
