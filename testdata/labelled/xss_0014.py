# label: xss vulnerable CWE-79
# xss_0014: source flask, bar deque

import collections
from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0014", methods=["GET", "POST"])
def xss_0014():
    param = request.headers.get("X-Client-Ref", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
