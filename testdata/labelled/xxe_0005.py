# label: xxe vulnerable CWE-611
# xxe_0005: source flask, bar thing_factory

import helpers.things
import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0005", methods=["GET", "POST"])
def xxe_0005():
    param = request.cookies.get("preference", "")
    thing = helpers.things.create_thing()
    bar = thing.do_something(param)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))  # want: T611
    return "ok"
