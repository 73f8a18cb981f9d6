"""XML uploads parsed by the standard library and lxml (entity expansion, XSLT)."""
import xml.dom.minidom
import xml.etree.ElementTree as ET
from xml.parsers import expat

import defusedxml.ElementTree
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/orders")
def orders():
    root = ET.fromstring(request.get_data())  # want: T776
    return {"count": len(root)}


@app.post("/orders/safe")
def orders_safe():
    root = defusedxml.ElementTree.fromstring(request.get_data())
    return {"count": len(root)}


@app.post("/orders/stream")
def orders_stream():
    parser = ET.XMLParser()
    parser.feed(request.form["xml"])  # want: T776
    return {"ok": bool(parser.close())}


@app.post("/orders/dom")
def orders_dom():
    doc = xml.dom.minidom.parseString(request.form["xml"])  # want: T776
    return {"tag": doc.documentElement.tagName}


@app.post("/orders/expat")
def orders_expat():
    p = expat.ParserCreate()
    p.Parse(request.get_data(), True)  # want: T776
    return {"ok": True}


@app.post("/orders/local")
def orders_local():
    root = ET.fromstring(open("/srv/app/orders.xml").read())
    return {"count": len(root)}


@app.post("/report")
def report():
    style = etree.XML(request.files["style"].read())  # want: T611
    transform = etree.XSLT(style)  # want: T91
    return str(transform(etree.XML(b"<r/>")))


@app.post("/report/locked")
def report_locked():
    style = etree.XML(request.files["style"].read())  # want: T611
    transform = etree.XSLT(style, access_control=etree.XSLTAccessControl.DENY_ALL)
    return str(transform(etree.XML(b"<r/>")))


@app.post("/report/fixed")
def report_fixed():
    transform = etree.XSLT(etree.parse("/srv/app/report.xsl"))
    doc = etree.fromstring(request.get_data(), etree.XMLParser(resolve_entities=False, no_network=True))
    return {"size": len(str(transform(doc)))}
