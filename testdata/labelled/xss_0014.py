# label: xss vulnerable CWE-79
# xss_0014: source flask, bar insert

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0014", methods=["GET", "POST"])
def xss_0014():
    param = request.args.get("name", "")
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
