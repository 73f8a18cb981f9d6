# label: xpathi safe CWE-643
# xpathi_0009: source flask, bar digest

import hashlib
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0009", methods=["GET", "POST"])
def xpathi_0009():
    param = request.values.get("q", "")
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)
    prices = find(root)
    return "ok"
