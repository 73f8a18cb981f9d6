# label: trustbound safe CWE-501
# trustbound_0011: source flask, bar deque_safe

import collections
from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0011", methods=["GET", "POST"])
def trustbound_0011():
    param = request.form.get("comment", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.pop()
    bar = queue[0]
    session["user_ref"] = bar
    return "ok"
