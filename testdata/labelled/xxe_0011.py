# label: xxe safe CWE-611
# xxe_0011: source flask, bar uuid

import io
import uuid
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0011", methods=["GET", "POST"])
def xxe_0011():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = str(uuid.UUID(param))
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    return "ok"
