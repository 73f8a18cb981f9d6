# label: xpathi safe CWE-643
# xpathi_0011: source flask, bar kwargs_other

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/xpathi_0011/<path:rest>")
def xpathi_0011(rest):
    param = request.path.split("/", 2)[2]
    bar = build(value=param, other="safe")
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)
    prices = find(root)
    return "ok"
