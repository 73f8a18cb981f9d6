# label: xxe vulnerable CWE-611
# xxe_0004: source flask, bar list_pop

import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0004", methods=["GET", "POST"])
def xxe_0004():
    param = request.cookies.get("preference", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))  # want: T611
    return "ok"
