"""XML parsing, XPath/ElementPath queries, LDAP filters and regular expressions from request data."""
import io
import re
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax

import ldap
import ldap3
from ldap.filter import escape_filter_chars
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
CATALOG = ET.parse("/srv/catalog.xml")


@app.route("/upload-xml", methods=["POST"])
def upload_xml():
    body = request.get_data()
    unsafe = etree.XMLParser(resolve_entities=True)
    etree.fromstring(body, unsafe)  # want: T611
    etree.fromstring(body, parser=etree.XMLParser(resolve_entities=True, no_network=False))  # want: T611
    hardened = etree.XMLParser(resolve_entities=False, no_network=True)
    etree.fromstring(body, hardened)
    etree.parse(io.BytesIO(body), unsafe)  # want: T611
    for _, elem in etree.iterparse(io.BytesIO(body)):  # want: T611
        elem.clear()
    for _, elem in etree.iterparse(io.BytesIO(body), resolve_entities=False):
        elem.clear()
    ET.fromstring(body)  # want: T776 (internal entities still expand)
    reader = xml.sax.make_parser()
    reader.setFeature(xml.sax.handler.feature_external_ges, True)
    reader.parse(io.BytesIO(body))  # want: T611
    xml.dom.minidom.parseString(body, reader)  # want: T611
    xml.dom.minidom.parseString(body)  # want: T776 (internal entities still expand)
    reset = xml.sax.make_parser()
    reset.setFeature(xml.sax.handler.feature_external_ges, True)
    reset.setFeature(xml.sax.handler.feature_external_ges, False)
    reset.parse(io.BytesIO(body))
    dtd = etree.XMLParser(load_dtd=True, no_network=False)
    etree.fromstring(body, dtd)  # want: T611
    return "parsed"


@app.route("/book")
def book():
    title = request.args.get("title", "")
    root = CATALOG.getroot()
    hit = root.find(".//book[@title='" + title + "']")  # want: T643
    hits = CATALOG.findall(f".//book[@title='{title}']")  # want: T643
    fixed = root.findall(".//book")
    tree = etree.parse("/srv/catalog.xml")
    rows = tree.xpath("//book[@title='%s']" % title)  # want: T643
    rows += tree.xpath("//book[@title=$t]", t=title)
    finder = etree.XPath("//book[author='" + title + "']")  # want: T643
    return "%d %d %d %d %s" % (len(hits), len(fixed), len(rows), hit is None, finder is None)


@app.route("/people")
def people():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://directory.example.com")
    conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")  # want: T90
    conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(uid))
    server = ldap3.Server("ldap://directory.example.com")
    c3 = ldap3.Connection(server, auto_bind=True)
    c3.search("dc=example,dc=com", f"(&(objectClass=person)(cn={uid}))")  # want: T90
    c3.search("dc=example,dc=com", "(objectClass=person)", attributes=[uid])
    c3.extend.standard.paged_search("dc=example,dc=com", "(mail=%s)" % uid, paged_size=50)  # want: T90
    return "ok"


@app.route("/grep")
def grep():
    pattern = request.args.get("q", "")
    text = "alpha beta gamma"
    re.search(pattern, text)  # want: T1333
    re.search(re.escape(pattern), text)
    rx = re.compile(pattern)  # want: T1333
    re.findall("[a-z]+", pattern)
    re.sub(pattern, "", text)  # want: T1333
    re.split(pattern, text)  # want: T1333
    re.match("^" + pattern + "$", text)  # want: T1333
    return "ok" if rx else "none"
