# label: xss vulnerable CWE-79
# xss_0002: source flask, bar closure

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0002", methods=["GET", "POST"])
def xss_0002():
    param = request.form.get("comment", "")
    def inner():
        return param
    bar = inner()
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
