# label: redirect vulnerable CWE-601
# redirect_0005: source flask, bar deque

import collections
from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/redirect_0005", methods=["GET", "POST"])
def redirect_0005():
    param = request.form.get("comment", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    resp = make_response("", 302)
    resp.headers["Location"] = bar  # want: T601
    return resp
