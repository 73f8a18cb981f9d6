# label: xxe safe CWE-611
# xxe_0014: source flask, bar length

import io
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0014", methods=["GET", "POST"])
def xxe_0014():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = str(len(param))
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    return "ok"
