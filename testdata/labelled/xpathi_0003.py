# label: xpathi vulnerable CWE-643
# xpathi_0003: source flask, bar helper

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/xpathi_0003", methods=["GET", "POST"])
def xpathi_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = do_something(param)
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
