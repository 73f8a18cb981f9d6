# label: xss vulnerable CWE-79
# xss_0022: source flask, bar while

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0022", methods=["GET", "POST"])
def xss_0022():
    param = request.args.get("name", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
