# label: xss vulnerable CWE-79
# xss_0011: source flask, bar splitjoin

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0011", methods=["GET", "POST"])
def xss_0011():
    param = request.form.get("comment", "")
    bar = " ".join(param.split(" "))
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
