# label: pathtraver vulnerable CWE-22
# pathtraver_0006: source flask, bar thing_factory

import helpers.things
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0006", methods=["GET", "POST"])
def pathtraver_0006():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    thing = helpers.things.create_thing()
    bar = thing.do_something(param)
    with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  # want: T22
        fh.write("x")
    return "ok"
