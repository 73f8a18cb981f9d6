# label: pathtraver safe CWE-22
# pathtraver_0025: source flask, bar ifexp_safe

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0025/<path:rest>")
def pathtraver_0025(rest):
    param = request.path.split("/", 2)[2]
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return "ok"
