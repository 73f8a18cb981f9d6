# label: pathtraver safe CWE-22
# pathtraver_0031: source flask, bar deque

import collections
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0031", methods=["GET", "POST"])
def pathtraver_0031():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    base = os.path.realpath("/var/app/uploads")
    path = os.path.realpath(os.path.join(base, bar))
    if not path.startswith(base + os.sep):
        return "bad request", 400
    with open(path) as fh:
        content = fh.read()
    return "ok"
