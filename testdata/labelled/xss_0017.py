# label: xss safe CWE-79
# xss_0017: source flask, bar ifstmt_safe

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0017", methods=["GET", "POST"])
def xss_0017():
    param = request.form.get("comment", "")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
