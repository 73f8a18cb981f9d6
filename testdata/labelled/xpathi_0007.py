# label: xpathi vulnerable CWE-643
# xpathi_0007: source flask, bar loop

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0007", methods=["GET", "POST"])
def xpathi_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = ""
    for ch in param:
        bar += ch
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
