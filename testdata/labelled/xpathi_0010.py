# label: xpathi safe CWE-643
# xpathi_0010: source flask, bar kwargs_other

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def build(**kwargs):
    return kwargs["other"]


@app.route("/xpathi_0010", methods=["GET", "POST"])
def xpathi_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = build(value=param, other="safe")
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
