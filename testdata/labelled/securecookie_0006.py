# label: securecookie safe CWE-614
# securecookie_0006: source flask, bar dict

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/securecookie_0006", methods=["GET", "POST"])
def securecookie_0006():
    param = request.headers.get("X-Client-Ref", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyB"]
    resp = make_response("ok")
    resp.set_cookie("remember", bar, secure=True, httponly=True, samesite="Lax")
    return resp
