# label: xxe safe CWE-611
# xxe_0014: source flask, bar length

import io
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0014/<path:rest>")
def xxe_0014(rest):
    param = request.path.split("/", 2)[2]
    bar = str(len(param))
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    return "ok"
