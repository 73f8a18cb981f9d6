# label: xss vulnerable CWE-79
# xss_0006: source flask, bar format

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0006", methods=["GET", "POST"])
def xss_0006():
    param = request.args.get("name", "")
    bar = "{}".format(param)
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
