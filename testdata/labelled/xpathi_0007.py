# label: xpathi vulnerable CWE-643
# xpathi_0007: source flask, bar ifstmt

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0007", methods=["GET", "POST"])
def xpathi_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
