"""XPath 2 queries with elementpath over an ElementTree document."""
import xml.etree.ElementTree as ET

import elementpath
from flask import Flask, request

app = Flask(__name__)
DIRECTORY = ET.parse("/srv/directory.xml").getroot()


@app.route("/member")
def member():
    name = request.args.get("name", "")
    found = elementpath.select(DIRECTORY, "//member[@name='" + name + "']")  # want: T643
    same = elementpath.select(DIRECTORY, "//member[@name=$name]", variables={"name": name})
    selector = elementpath.Selector(f"//member[starts-with(@name, '{name}')]")  # want: T643
    parser = elementpath.XPath2Parser()
    token = parser.parse("//member[@id='%s']" % name)  # want: T643
    return "%d %d %s %s" % (len(found), len(same), selector is None, token is None)
