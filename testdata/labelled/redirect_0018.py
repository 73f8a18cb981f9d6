# label: redirect safe CWE-601
# redirect_0018: source flask, bar insert

from flask import Flask, request
from flask import redirect, url_for

app = Flask(__name__)


@app.route("/redirect_0018", methods=["GET", "POST"])
def redirect_0018():
    param = request.form.get("comment", "")
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    if bar not in ("/home", "/profile", "/settings"):
        return redirect(url_for("index"))
    return redirect(bar)
