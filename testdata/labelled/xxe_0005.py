# label: xxe vulnerable CWE-611
# xxe_0005: source flask, bar b64

import base64
import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0005", methods=["GET", "POST"])
def xxe_0005():
    param = request.cookies.get("preference", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))  # want: T611
    return "ok"
