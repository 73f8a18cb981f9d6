# label: xxe vulnerable CWE-611
# xxe_0004: source flask, bar direct

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0004", methods=["GET", "POST"])
def xxe_0004():
    param = request.headers.get("X-Client-Ref", "")
    bar = param
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)  # want: T611
    return "ok"
