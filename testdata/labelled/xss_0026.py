# label: xss safe CWE-79
# xss_0026: source flask, bar unpack_safe

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0026", methods=["GET", "POST"])
def xss_0026():
    param = request.headers.get("X-Client-Ref", "")
    bar, other = "safe", param
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
