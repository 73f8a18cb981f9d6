# label: xxe vulnerable CWE-611
# xxe_0004: source flask, bar method

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/xxe_0004", methods=["GET", "POST"])
def xxe_0004():
    param = request.headers.get("X-Client-Ref", "")
    thing = Thing()
    bar = thing.do_something(param)
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)  # want: T611
    return "ok"
