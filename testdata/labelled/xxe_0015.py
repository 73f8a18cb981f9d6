# label: xxe safe CWE-611
# xxe_0015: source flask, bar listappend

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0015", methods=["GET", "POST"])
def xxe_0015():
    param = request.path.rsplit("/", 1)[-1]
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return "ok"
