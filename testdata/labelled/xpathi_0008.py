# label: xpathi safe CWE-643
# xpathi_0008: source flask, bar regex_sub

import re
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0008/<name>")
def xpathi_0008(name):
    param = name
    bar = re.sub(r"[^A-Za-z0-9]", "", param)
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
