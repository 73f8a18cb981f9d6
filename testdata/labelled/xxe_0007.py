# label: xxe vulnerable CWE-611
# xxe_0007: source flask, bar loop

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0007", methods=["GET", "POST"])
def xxe_0007():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    bar = ""
    for ch in param:
        bar += ch
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)  # want: T611
    return "ok"
