# label: xpathi vulnerable CWE-643
# hand-written: an XPath 2 query built with string formatting and run with elementpath
import xml.etree.ElementTree as ET
import elementpath
from flask import Flask, request

app = Flask(__name__)
STAFF = ET.parse("staff.xml").getroot()


@app.route("/staff")
def staff():
    dept = request.args.get("dept", "")
    hits = elementpath.select(STAFF, "//person[@dept='%s']/name" % dept)  # want: T643
    return {"names": [h.text for h in hits]}
