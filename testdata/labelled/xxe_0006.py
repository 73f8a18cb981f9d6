# label: xxe vulnerable CWE-611
# xxe_0006: source flask, bar splitjoin

import io
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0006", methods=["GET", "POST"])
def xxe_0006():
    param = request.cookies.get("preference", "")
    bar = " ".join(param.split(" "))
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)  # want: T611
    return "ok"
