# label: pathtraver safe CWE-22
# pathtraver_0036: source flask, bar walrus

from flask import Flask, request
from flask import send_from_directory

app = Flask(__name__)


@app.route("/pathtraver_0036", methods=["GET", "POST"])
def pathtraver_0036():
    param = request.values.get("q", "")
    if (bar := param) is None:
        return "bad request", 400
    return send_from_directory("/srv/files", bar)
