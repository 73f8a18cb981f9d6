# label: xxe safe CWE-611
# xxe_0013: source flask, bar uuid

import io
import uuid
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0013", methods=["GET", "POST"])
def xxe_0013():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = str(uuid.UUID(param))
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return "ok"
