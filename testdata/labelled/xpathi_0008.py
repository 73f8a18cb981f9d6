# label: xpathi safe CWE-643
# xpathi_0008: source flask, bar length

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0008/<path:name>")
def xpathi_0008(name):
    param = name
    bar = str(len(param))
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
