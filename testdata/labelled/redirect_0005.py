# label: redirect vulnerable CWE-601
# redirect_0005: source flask, bar static

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/redirect_0005", methods=["GET", "POST"])
def redirect_0005():
    param = request.form.get("comment", "")
    bar = Util.passthrough(param)
    resp = make_response("", 302)
    resp.headers["Location"] = bar  # want: T601
    return resp
