# label: xxe safe CWE-611
# xxe_0008: source flask, bar ifstmt_safe

import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0008/<name>")
def xxe_0008(name):
    param = name
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return "ok"
