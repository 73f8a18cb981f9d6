# label: xxe safe CWE-611
# xxe_0012: source flask, bar float

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0012", methods=["GET", "POST"])
def xxe_0012():
    param = request.values.get("q", "")
    bar = str(float(param))
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return "ok"
