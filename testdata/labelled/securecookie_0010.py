# label: securecookie safe CWE-614
# securecookie_0010: source flask, bar direct

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/securecookie_0010", methods=["GET", "POST"])
def securecookie_0010():
    param = request.args.get("name", "")
    bar = param
    resp = make_response("ok")
    resp.set_cookie("remember", bar, secure=True, httponly=True, samesite="Lax")
    return resp
