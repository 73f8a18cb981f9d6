# label: xpathi safe CWE-643
# xpathi_0011: source flask, bar try_const

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0011/<path:rest>")
def xpathi_0011(rest):
    param = request.path.split("/", 2)[2]
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)
    prices = find(root)
    return "ok"
