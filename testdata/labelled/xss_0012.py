# label: xss vulnerable CWE-79
# xss_0012: source flask, bar static

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/xss_0012", methods=["GET", "POST"])
def xss_0012():
    param = request.args.get("name", "")
    bar = Util.passthrough(param)
    return Markup("<b>%s</b>" % bar)  # want: T79
