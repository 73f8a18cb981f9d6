# label: pathtraver safe CWE-22
# pathtraver_0037: source flask, bar bytes

from flask import Flask, request
from werkzeug.security import safe_join

app = Flask(__name__)


@app.route("/pathtraver_0037", methods=["GET", "POST"])
def pathtraver_0037():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    bar = bytes(param, "utf-8").decode("utf-8")
    target = safe_join("/srv/files", bar)
    if target is None:
        return "bad request", 400
    with open(target) as fh:
        content = fh.read()
    return "ok"
