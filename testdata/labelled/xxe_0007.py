# label: xxe safe CWE-611
# xxe_0007: source flask, bar ifexp_safe

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0007", methods=["GET", "POST"])
def xxe_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return "ok"
