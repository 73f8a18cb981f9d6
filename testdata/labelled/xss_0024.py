# label: xss safe CWE-79
# xss_0024: source flask, bar overwrite

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0024", methods=["GET", "POST"])
def xss_0024():
    param = request.headers.get("X-Client-Ref", "")
    bar = param
    bar = "constant_value"
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
