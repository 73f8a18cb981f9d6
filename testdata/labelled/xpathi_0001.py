# label: xpathi vulnerable CWE-643
# xpathi_0001: source flask, bar thing_factory

import helpers.things
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xpathi_0001", methods=["GET", "POST"])
def xpathi_0001():
    param = request.args.get("name", "")
    thing = helpers.things.create_thing()
    bar = thing.do_something(param)
    root = etree.parse("users.xml")
    nodes = root.xpath("/users/user[@name='" + bar + "']/email/text()")  # want: T643
    return "ok"
