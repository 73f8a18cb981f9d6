# label: securecookie vulnerable CWE-614
# securecookie_0001: source flask, bar direct

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/securecookie_0001", methods=["GET", "POST"])
def securecookie_0001():
    param = request.args.get("name", "")
    bar = param
    resp = make_response("ok")
    resp.set_cookie("remember", bar)  # want: K204
    return resp
