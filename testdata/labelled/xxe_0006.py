# label: xxe vulnerable CWE-611
# xxe_0006: source flask, bar direct

import io
import urllib.parse
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0006", methods=["GET", "POST"])
def xxe_0006():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
    bar = param
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)  # want: T611
    return "ok"
