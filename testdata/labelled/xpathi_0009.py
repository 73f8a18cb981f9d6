# label: xpathi safe CWE-643
# xpathi_0009: source flask, bar try_const

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0009", methods=["GET", "POST"])
def xpathi_0009():
    param = request.values.get("q", "")
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)
    prices = find(root)
    return "ok"
