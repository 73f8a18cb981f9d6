# label: xpathi safe CWE-643
# xpathi_0011: source flask, bar varargs_other

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def second(*args):
    return args[1]


@app.route("/xpathi_0011/<path:rest>")
def xpathi_0011(rest):
    param = request.path.split("/", 2)[2]
    bar = second(param, "safe")
    root = etree.parse("books.xml")
    find = etree.XPath("//book[title='%s']/price" % bar)
    prices = find(root)
    return "ok"
