# label: xpathi vulnerable CWE-643
# xpathi_0003: source flask, bar b64

import base64
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0003", methods=["GET", "POST"])
def xpathi_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
