# label: redirect vulnerable CWE-601
# redirect_0007: source flask, bar deque

import collections
from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0007", methods=["GET", "POST"])
def redirect_0007():
    param = request.args.get("name", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    return redirect(bar)  # want: T601
