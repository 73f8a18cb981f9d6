# label: redirect safe CWE-601
# redirect_0015: source flask, bar alnum

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/redirect_0015", methods=["GET", "POST"])
def redirect_0015():
    param = request.form.get("comment", "")
    if not param.isalnum():
        return "bad request", 400
    bar = param
    resp = make_response("", 302)
    resp.headers["Location"] = bar
    return resp
