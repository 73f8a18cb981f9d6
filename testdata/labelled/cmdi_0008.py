# label: cmdi vulnerable CWE-78
# cmdi_0008: source flask, bar deque

import collections
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0008/<path:name>")
def cmdi_0008(name):
    param = name
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    os.system("echo " + bar)  # want: T78
    return "ok"
