# label: xxe safe CWE-611
# xxe_0010: source flask, bar float

import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0010", methods=["GET", "POST"])
def xxe_0010():
    param = request.values.get("q", "")
    bar = str(float(param))
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return "ok"
