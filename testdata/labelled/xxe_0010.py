# label: xxe safe CWE-611
# xxe_0010: source flask, bar func_const_cond

import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/xxe_0010", methods=["GET", "POST"])
def xxe_0010():
    param = request.values.get("q", "")
    bar = choose(param)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return "ok"
