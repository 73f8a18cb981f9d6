# label: securecookie vulnerable CWE-614
# securecookie_0002: source flask, bar b64

import base64
from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/securecookie_0002", methods=["GET", "POST"])
def securecookie_0002():
    param = request.form.get("comment", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    resp = make_response("ok")
    resp.set_cookie("remember", bar, secure=False, httponly=True)  # want: K204
    return resp
