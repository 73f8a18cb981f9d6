# label: xxe safe CWE-611
# xxe_0011: source flask, bar func_const_cond

import io
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/xxe_0011", methods=["GET", "POST"])
def xxe_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = choose(param)
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    return "ok"
