# label: trustbound safe CWE-501
# trustbound_0010: source flask, bar deque_safe

import collections
from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0010", methods=["GET", "POST"])
def trustbound_0010():
    param = request.args.get("name", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.pop()
    bar = queue[0]
    session.update({"display_name": bar})
    return "ok"
