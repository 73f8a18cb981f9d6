# label: xpathi vulnerable CWE-643
# xpathi_0003: source flask, bar first_word

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0003", methods=["GET", "POST"])
def xpathi_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = param.split(" ")[0]
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
