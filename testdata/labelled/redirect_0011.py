# label: redirect safe CWE-601
# redirect_0011: source flask, bar direct

from flask import Flask, request
from flask import redirect, url_for

app = Flask(__name__)


@app.route("/redirect_0011", methods=["GET", "POST"])
def redirect_0011():
    param = request.args.get("name", "")
    bar = param
    if bar not in ("/home", "/profile", "/settings"):
        return redirect(url_for("index"))
    return redirect(bar)
