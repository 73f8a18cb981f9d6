# label: redirect safe CWE-601
# redirect_0018: source flask, bar del_index

from flask import Flask, request
from flask import redirect, url_for

app = Flask(__name__)


@app.route("/redirect_0018", methods=["GET", "POST"])
def redirect_0018():
    param = request.form.get("comment", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    if bar not in ("/home", "/profile", "/settings"):
        return redirect(url_for("index"))
    return redirect(bar)
