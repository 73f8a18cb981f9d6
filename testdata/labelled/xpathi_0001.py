# label: xpathi vulnerable CWE-643
# xpathi_0001: source flask, bar first_word

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0001", methods=["GET", "POST"])
def xpathi_0001():
    param = request.args.get("name", "")
    bar = param.split(" ")[0]
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
