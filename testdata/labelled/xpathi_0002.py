# label: xpathi vulnerable CWE-643
# xpathi_0002: source flask, bar direct

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0002", methods=["GET", "POST"])
def xpathi_0002():
    param = request.form.get("comment", "")
    bar = param
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)  # want: T643
    prices = find(root)
    return "ok"
