# label: xxe vulnerable CWE-611
# xxe_0007: source flask, bar b64

import base64
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0007", methods=["GET", "POST"])
def xxe_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)  # want: T611
    return "ok"
