# label: xxe vulnerable CWE-611
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Flask, request

app = Flask(__name__)


class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append(name)


@app.route("/sax", methods=["POST"])
def sax():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"].stream)  # want: T611
    return {"names": handler.names}
