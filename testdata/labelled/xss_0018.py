# label: xss vulnerable CWE-79
# xss_0018: source flask, bar dict_update

import urllib.parse
from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0018", methods=["GET", "POST"])
def xss_0018():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
