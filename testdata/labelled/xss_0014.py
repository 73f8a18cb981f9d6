# label: xss vulnerable CWE-79
# xss_0014: source flask, bar static

from flask import Flask, request
from flask import Response

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/xss_0014", methods=["GET", "POST"])
def xss_0014():
    param = request.args.get("name", "")
    bar = Util.passthrough(param)
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
