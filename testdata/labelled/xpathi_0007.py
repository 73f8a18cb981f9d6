# label: xpathi safe CWE-643
# xpathi_0007: source flask, bar ifexp_safe

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0007", methods=["GET", "POST"])
def xpathi_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
