# label: xxe safe CWE-611
# xxe_0010: source flask, bar list_pop_safe

import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0010", methods=["GET", "POST"])
def xxe_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return "ok"
