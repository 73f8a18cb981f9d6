# label: xss safe CWE-79
# xss_0032: source flask, bar del_index_safe

import urllib.parse
from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0032", methods=["GET", "POST"])
def xss_0032():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
