# label: xpathi vulnerable CWE-643
# xpathi_0007: source flask, bar helper

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/xpathi_0007", methods=["GET", "POST"])
def xpathi_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = do_something(param)
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
