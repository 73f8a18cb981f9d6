# label: xpathi vulnerable CWE-643
# xpathi_0004: source flask, bar ifexp

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0004", methods=["GET", "POST"])
def xpathi_0004():
    param = request.cookies.get("preference", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)  # want: T643
    prices = find(root)
    return "ok"
