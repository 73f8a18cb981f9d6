# label: xxe safe CWE-611
# xxe_0015: source flask, bar dict_update

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0015", methods=["GET", "POST"])
def xxe_0015():
    param = request.path.rsplit("/", 1)[-1]
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return "ok"
