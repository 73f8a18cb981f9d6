# label: xpathi vulnerable CWE-643
# hand-written: ElementTree's XPath subset built from a request value
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user_locations():
    username = request.args["username"]
    tree = ET.parse("users.xml")
    root = tree.getroot()
    query = "./users/user/[@name='" + username + "']/location"
    elements = root.findall(query)  # want: T643
    return str([e.text for e in elements])
