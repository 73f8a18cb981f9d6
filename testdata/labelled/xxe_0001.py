# label: xxe vulnerable CWE-611
# xxe_0001: source flask, bar varcond

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0001", methods=["GET", "POST"])
def xxe_0001():
    param = request.args.get("name", "")
    bar = param if len(param) < 4096 else ""
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)  # want: T611
    return "ok"
