# label: xpathi vulnerable CWE-643
# xpathi_0005: source flask, bar list_pop

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0005", methods=["GET", "POST"])
def xpathi_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
