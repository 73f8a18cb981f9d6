# label: xxe safe CWE-611
# xxe_0016: source flask, bar dict_update

from defusedxml.ElementTree import fromstring as defused_fromstring
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe_0016", methods=["GET", "POST"])
def xxe_0016():
    param = request.path.rsplit("/", 1)[-1]
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    doc = defused_fromstring(bar)
    return "ok"
