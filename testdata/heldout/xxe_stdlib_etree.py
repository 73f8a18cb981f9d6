# label: xxe safe CWE-611
import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)


@app.route("/feed", methods=["POST"])
def feed():
    # the stdlib parser never fetches external entities
    root = ET.fromstring(request.data)
    return {"items": len(root.findall("item"))}
