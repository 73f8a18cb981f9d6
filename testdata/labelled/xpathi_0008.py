# label: xpathi safe CWE-643
# xpathi_0008: source flask, bar inherit_override

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


@app.route("/xpathi_0008/<path:name>")
def xpathi_0008(name):
    param = name
    bar = Child().clean(param)
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")
    return "ok"
