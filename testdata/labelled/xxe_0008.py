# label: xxe vulnerable CWE-611
# xxe_0008: source flask, bar method

import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/xxe_0008", methods=["GET", "POST"])
def xxe_0008():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    thing = Thing()
    bar = thing.do_something(param)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))  # want: T611
    return "ok"
