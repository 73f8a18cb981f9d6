# label: xxe vulnerable CWE-611
# xxe_0006: source flask, bar method

import io
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/xxe_0006", methods=["GET", "POST"])
def xxe_0006():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    thing = Thing()
    bar = thing.do_something(param)
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)  # want: T611
    return "ok"
