# label: xpathi safe CWE-643
# xpathi_0010: source flask, bar try_const

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0010", methods=["GET", "POST"])
def xpathi_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    try:
        int(param)
        bar = "numeric"
    except ValueError:
        bar = "other"
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
