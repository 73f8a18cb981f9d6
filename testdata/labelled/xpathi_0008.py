# label: xpathi safe CWE-643
# xpathi_0008: source flask, bar ifstmt_safe

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0008/<name>")
def xpathi_0008(name):
    param = name
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
