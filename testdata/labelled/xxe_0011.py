# label: xxe safe CWE-611
# xxe_0011: source flask, bar direct

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0011", methods=["GET", "POST"])
def xxe_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return "ok"
