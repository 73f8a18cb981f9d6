# label: xxe safe CWE-611
# xxe_0009: source flask, bar dict_overwrite

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0009", methods=["GET", "POST"])
def xxe_0009():
    param = request.values.get("q", "")
    values = {"keyB": param}
    values["keyB"] = "safe"
    bar = values["keyB"]
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return "ok"
