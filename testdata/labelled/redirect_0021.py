# label: redirect safe CWE-601
# redirect_0021: source flask, bar recursion

from flask import Flask, request
from flask import redirect, url_for

app = Flask(__name__)


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.route("/redirect_0021", methods=["GET", "POST"])
def redirect_0021():
    param = request.form.get("comment", "")
    bar = unwrap(param, 3)
    return redirect(url_for("profile", name=bar))
