# label: xpathi vulnerable CWE-643
# xpathi_0006: source flask, bar match

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
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)  # want: T643
    prices = find(root)
    return "ok"
