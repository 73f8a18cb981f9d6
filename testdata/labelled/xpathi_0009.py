# label: xpathi safe CWE-643
# xpathi_0009: source flask, bar inherit_override

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


@app.route("/xpathi_0009", methods=["GET", "POST"])
def xpathi_0009():
    param = request.values.get("q", "")
    bar = Child().clean(param)
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)
    prices = find(root)
    return "ok"
