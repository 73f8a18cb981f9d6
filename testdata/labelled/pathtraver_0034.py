# label: pathtraver safe CWE-22
# pathtraver_0034: source flask, bar first_word

from flask import Flask, request
from werkzeug.security import safe_join

app = Flask(__name__)


@app.route("/pathtraver_0034", methods=["GET", "POST"])
def pathtraver_0034():
    param = request.values.get("q", "")
    bar = param.split(" ")[0]
    target = safe_join("/srv/files", bar)
    if target is None:
        return "bad request", 400
    with open(target) as fh:
        content = fh.read()
    return "ok"
