# label: xxe safe CWE-611
# xxe_0009: source flask, bar deque_safe

import collections
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe_0009/<name>")
def xxe_0009(name):
    param = name
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.pop()
    bar = queue[0]
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser)
    return "ok"
