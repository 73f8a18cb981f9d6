# label: xpathi safe CWE-643
# xpathi_0011: source flask, bar try_const

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0011", methods=["GET", "POST"])
def xpathi_0011():
    param = request.path.rsplit("/", 1)[-1]
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)
    prices = find(root)
    return "ok"
