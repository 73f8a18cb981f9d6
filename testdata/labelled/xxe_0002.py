# label: xxe vulnerable CWE-611
# xxe_0002: source flask, bar unquote

import io
import urllib.parse
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0002", methods=["GET", "POST"])
def xxe_0002():
    param = request.form.get("comment", "")
    bar = urllib.parse.unquote(param)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))  # want: T611
    return "ok"
