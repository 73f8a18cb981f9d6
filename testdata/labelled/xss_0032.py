# label: xss safe CWE-79
# xss_0032: source flask, bar selfattr_const

import urllib.parse
from flask import Flask, request
from flask import make_response

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


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
    holder = Holder(param)
    bar = holder.get()
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
