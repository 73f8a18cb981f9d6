# label: cmdi safe CWE-78
# cmdi_0023: source flask, bar deque_safe

import collections
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0023", methods=["GET", "POST"])
def cmdi_0023():
    param = request.args.get("name", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.pop()
    bar = queue[0]
    proc = subprocess.Popen(bar, shell=True, stdout=subprocess.PIPE)
    out = proc.communicate()[0]
    return "ok"
