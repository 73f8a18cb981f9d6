# label: pathtraver safe CWE-22
# pathtraver_0038: source flask, bar dict

import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/pathtraver_0038/<path:rest>")
def pathtraver_0038(rest):
    param = request.path.split("/", 2)[2]
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    base = pathlib.Path("/var/app/uploads").resolve()
    target = (base / bar).resolve()
    if not target.is_relative_to(base):
        return "bad request", 400
    content = target.read_text()
    return "ok"
