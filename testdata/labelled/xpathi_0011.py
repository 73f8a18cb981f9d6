# label: xpathi safe CWE-643
# xpathi_0011: source flask, bar direct

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0011", methods=["GET", "POST"])
def xpathi_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = param
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name=$name]/email/text()", name=bar)
    return "ok"
