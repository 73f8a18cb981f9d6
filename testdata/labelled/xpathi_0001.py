# label: xpathi vulnerable CWE-643
# xpathi_0001: source flask, bar b64

import base64
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0001", methods=["GET", "POST"])
def xpathi_0001():
    param = request.args.get("name", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
