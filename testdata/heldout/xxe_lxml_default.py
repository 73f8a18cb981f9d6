# label: xxe vulnerable CWE-611
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)  # want: T611
    return {"root": doc.tag}
