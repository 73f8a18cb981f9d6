# label: xss vulnerable CWE-79
# xss_0014: source flask, bar deque

import collections
from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0014", methods=["GET", "POST"])
def xss_0014():
    param = request.args.get("name", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
