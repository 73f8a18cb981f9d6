# label: xpathi safe CWE-643
# xpathi_0009: source flask, bar dict_safe

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0009", methods=["GET", "POST"])
def xpathi_0009():
    param = request.values.get("q", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
