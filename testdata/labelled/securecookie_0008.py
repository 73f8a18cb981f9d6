# label: securecookie safe CWE-614
# securecookie_0008: source flask, bar ifexp

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/securecookie_0008", methods=["GET", "POST"])
def securecookie_0008():
    param = request.args.get("name", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    resp = make_response("ok")
    resp.set_cookie("remember", bar, secure=True, httponly=True, samesite="Lax")
    return resp
