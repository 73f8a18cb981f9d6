# label: xpathi vulnerable CWE-643
# xpathi_0004: source flask, bar dict

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0004", methods=["GET", "POST"])
def xpathi_0004():
    param = request.cookies.get("preference", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)  # want: T643
    prices = find(root)
    return "ok"
