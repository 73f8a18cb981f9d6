# label: pathtraver safe CWE-22
# pathtraver_0031: source flask, bar deque

import collections
import os
import urllib.parse
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0031", methods=["GET", "POST"])
def pathtraver_0031():
    query = request.query_string.decode("utf-8")
    start = query.find("value=")
    if start < 0:
        return "missing value"
    start += len("value=")
    end = query.find("&", start)
    param = query[start:end] if end >= 0 else query[start:]
    param = urllib.parse.unquote_plus(param)
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
