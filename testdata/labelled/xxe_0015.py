# label: xxe safe CWE-611
# xxe_0015: source flask, bar static

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/xxe_0015", methods=["GET", "POST"])
def xxe_0015():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = Util.passthrough(param)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return "ok"
