# label: xpathi vulnerable CWE-643
# xpathi_0006: source flask, bar ifexp

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
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)  # want: T643
    prices = find(root)
    return "ok"
