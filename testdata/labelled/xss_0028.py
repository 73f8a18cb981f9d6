# label: xss safe CWE-79
# xss_0028: source flask, bar unpack_safe

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0028", methods=["GET", "POST"])
def xss_0028():
    param = request.args.get("name", "")
    bar, other = "safe", param
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")
