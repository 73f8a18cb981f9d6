"""An XML product catalogue with lxml."""
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
CATALOG = etree.parse("catalog.xml", SAFE_PARSER)


@app.route("/import", methods=["POST"])
def import_items():
    root = etree.fromstring(request.data)  # want: T611
    return jsonify({"items": len(root)})


@app.route("/import/dtd", methods=["POST"])
def import_items_dtd():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.data, parser)  # want: T611
    return jsonify({"items": len(root)})


@app.route("/import/safe", methods=["POST"])
def import_items_safe():
    root = etree.fromstring(request.data, SAFE_PARSER)
    return jsonify({"items": len(root)})


@app.route("/find")
def find():
    name = request.args.get("name", "")
    hits = CATALOG.xpath("//product[@name='" + name + "']")  # want: T643
    return jsonify({"hits": len(hits)})


@app.route("/find/safe")
def find_safe():
    name = request.args.get("name", "")
    hits = CATALOG.xpath("//product[@name=$name]", name=name)
    return jsonify({"hits": len(hits)})


@app.route("/query")
def query():
    expression = request.args.get("xpath", "//product")
    finder = etree.XPath(expression)  # want: T643
    return jsonify({"hits": len(finder(CATALOG))})


@app.route("/catalog/default-parser", methods=["POST"])
def catalog_default_parser():
    parser = etree.XMLParser(remove_blank_text=True)
    doc = etree.fromstring(request.get_data(), parser)  # want: T611
    return {"items": len(doc)}


@app.route("/catalog/explicit-parser", methods=["POST"])
def catalog_explicit_parser():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(request.get_data(), parser)
    return {"items": len(doc)}
