# label: pathtraver safe CWE-22
# pathtraver_0020: source flask, bar list_remove

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0020", methods=["GET", "POST"])
def pathtraver_0020():
    param = request.args.get("name", "")
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return "ok"
