# label: xss safe CWE-79
# xss_0036: source flask, bar deque_safe

import collections
from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0036", methods=["GET", "POST"])
def xss_0036():
    param = request.args.get("name", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.pop()
    bar = queue[0]
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")
