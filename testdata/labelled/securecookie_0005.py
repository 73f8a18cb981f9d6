# label: securecookie vulnerable CWE-614
# securecookie_0005: source flask, bar ifexp

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/securecookie_0005", methods=["GET", "POST"])
def securecookie_0005():
    param = request.form.get("comment", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    resp = make_response("ok")
    resp.set_cookie("remember", bar, secure=False, httponly=True)  # want: K204
    return resp
