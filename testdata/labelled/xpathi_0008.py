# label: xpathi safe CWE-643
# xpathi_0008: source flask, bar digest

import hashlib
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0008/<path:name>")
def xpathi_0008(name):
    param = name
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
