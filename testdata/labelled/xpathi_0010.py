# label: xpathi safe CWE-643
# xpathi_0010: source flask, bar inherit_override

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


@app.route("/xpathi_0010", methods=["GET", "POST"])
def xpathi_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = Child().clean(param)
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
