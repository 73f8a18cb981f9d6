# label: xpathi vulnerable CWE-643
# xpathi_0006: source flask, bar ifstmt

import urllib.parse
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0006", methods=["GET", "POST"])
def xpathi_0006():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
