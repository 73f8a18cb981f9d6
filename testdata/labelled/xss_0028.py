# label: xss safe CWE-79
# xss_0028: source flask, bar dictset_safe

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0028", methods=["GET", "POST"])
def xss_0028():
    param = request.args.get("name", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyA")
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")
