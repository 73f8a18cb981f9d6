# label: redirect safe CWE-601
# redirect_0021: source flask, bar ifstmt

from flask import Flask, request
from flask import redirect, url_for

app = Flask(__name__)


@app.route("/redirect_0021", methods=["GET", "POST"])
def redirect_0021():
    param = request.form.get("comment", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    return redirect(url_for("profile", name=bar))
