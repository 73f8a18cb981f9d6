# label: redirect safe CWE-601
# redirect_0015: source flask, bar dictset_safe

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/redirect_0015", methods=["GET", "POST"])
def redirect_0015():
    param = request.form.get("comment", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyA")
    resp = make_response("", 302)
    resp.headers["Location"] = bar
    return resp
