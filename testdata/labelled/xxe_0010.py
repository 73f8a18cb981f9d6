# label: xxe safe CWE-611
# xxe_0010: source flask, bar deque_safe

import collections
import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0010", methods=["GET", "POST"])
def xxe_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.pop()
    bar = queue[0]
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return "ok"
