# label: xpathi safe CWE-643
# xpathi_0011: source flask, bar kwargs_other

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/xpathi_0011", methods=["GET", "POST"])
def xpathi_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = build(value=param, other="safe")
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)
    prices = find(root)
    return "ok"
