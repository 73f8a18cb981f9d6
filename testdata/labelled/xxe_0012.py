# label: xxe safe CWE-611
# xxe_0012: source flask, bar length

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0012/<path:rest>")
def xxe_0012(rest):
    param = request.path.split("/", 2)[2]
    bar = str(len(param))
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return "ok"
