# label: xpathi safe CWE-643
# hand-written: the department is bound as an XPath variable, not spliced into the expression
import xml.etree.ElementTree as ET
import elementpath
from flask import Flask, request

app = Flask(__name__)
STAFF = ET.parse("staff.xml").getroot()


@app.route("/staff")
def staff():
    dept = request.args.get("dept", "")
    hits = elementpath.select(STAFF, "//person[@dept=$dept]/name", variables={"dept": dept})
    return {"names": [h.text for h in hits]}
