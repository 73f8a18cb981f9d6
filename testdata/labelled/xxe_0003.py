# label: xxe vulnerable CWE-611
# xxe_0003: source flask, bar bytes

import io
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0003", methods=["GET", "POST"])
def xxe_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = bytes(param, "utf-8").decode("utf-8")
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)  # want: T611
    return "ok"
