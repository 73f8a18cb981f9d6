# label: pathtraver vulnerable CWE-22
# pathtraver_0010: source flask, bar method

import os
from flask import Flask, request
from flask import send_file

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/pathtraver_0010", methods=["GET", "POST"])
def pathtraver_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    thing = Thing()
    bar = thing.do_something(param)
    return send_file(os.path.join("/srv/files", bar))  # want: T22
