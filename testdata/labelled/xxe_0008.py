# label: xxe vulnerable CWE-611
# xxe_0008: source flask, bar ifexp

import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0008/<path:name>")
def xxe_0008(name):
    param = name
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))  # want: T611
    return "ok"
