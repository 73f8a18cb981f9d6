# label: redirect safe CWE-601
# redirect_0018: source flask, bar varcond

from flask import Flask, request
from flask import redirect, url_for

app = Flask(__name__)


@app.route("/redirect_0018", methods=["GET", "POST"])
def redirect_0018():
    param = request.form.get("comment", "")
    bar = param if len(param) < 4096 else ""
    if bar not in ("/home", "/profile", "/settings"):
        return redirect(url_for("index"))
    return redirect(bar)
