# label: xxe safe CWE-611
# xxe_0013: source flask, bar length

import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0013/<path:rest>")
def xxe_0013(rest):
    param = request.path.split("/", 2)[2]
    bar = str(len(param))
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return "ok"
