# label: xss vulnerable CWE-79
# xss_0012: source flask, bar deque

import collections
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0012", methods=["GET", "POST"])
def xss_0012():
    param = request.args.get("name", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    return Markup("<b>%s</b>" % bar)  # want: T79
