"""Employee directory over an XML file, with the standard library's XML modules."""
import io
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax

from flask import Flask, jsonify, request

app = Flask(__name__)
TREE = ET.parse("employees.xml")


@app.route("/employee")
def employee():
    emplid = request.args.get("id", "")
    found = TREE.findall(f"./employee[@emplid='{emplid}']")  # want: T643
    return jsonify([e.findtext("name") for e in found])


@app.route("/employee/safe")
def employee_safe():
    emplid = request.args.get("id", "")
    found = [e for e in TREE.findall("./employee") if e.get("emplid") == emplid]
    return jsonify([e.findtext("name") for e in found])


@app.route("/import", methods=["POST"])
def import_xml():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    doc = xml.dom.minidom.parseString(request.data, parser)  # want: T611
    return jsonify({"nodes": len(doc.childNodes)})


@app.route("/import/safe", methods=["POST"])
def import_xml_safe():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    doc = xml.dom.minidom.parseString(request.data, parser)  # want: T776 (internal entities still expand)
    plain = xml.dom.minidom.parseString(request.data)  # want: T776 (internal entities still expand)
    return jsonify({"nodes": len(doc.childNodes) + len(plain.childNodes)})


@app.route("/import/sax", methods=["POST"])
def import_sax():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(io.StringIO(request.data.decode()))  # want: T611
    return jsonify({"ok": True})
