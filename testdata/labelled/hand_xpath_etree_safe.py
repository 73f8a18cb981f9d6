# label: xpathi safe CWE-643
# hand-written: the request value is compared in Python, not placed in the path expression
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user_locations():
    username = request.args["username"]
    root = ET.parse("users.xml").getroot()
    found = [u.findtext("location") for u in root.findall("./users/user") if u.get("name") == username]
    return str(found)
