# label: xss vulnerable CWE-79
# xss_0005: source flask, bar ifexp

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0005", methods=["GET", "POST"])
def xss_0005():
    param = request.form.get("comment", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
