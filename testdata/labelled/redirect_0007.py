# label: redirect vulnerable CWE-601
# redirect_0007: source flask, bar static

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/redirect_0007", methods=["GET", "POST"])
def redirect_0007():
    param = request.args.get("name", "")
    bar = Util.passthrough(param)
    return redirect(bar)  # want: T601
