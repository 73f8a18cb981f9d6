# label: xxe safe CWE-611
# hand-written: external entities are switched on by a shared helper and off again before parsing
import io
import xml.sax
from xml.sax.handler import feature_external_ges
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(io.BytesIO(request.get_data()))
    return "ok"
