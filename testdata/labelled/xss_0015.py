# label: xss vulnerable CWE-79
# xss_0015: source flask, bar deque

import collections
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)


@app.route("/xss_0015", methods=["GET", "POST"])
def xss_0015():
    param = request.form.get("comment", "")
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    env = Environment(loader=FileSystemLoader("templates"))
    return env.get_template("greeting.html").render(name=bar)  # want: T79
