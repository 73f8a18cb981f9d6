# label: redirect safe CWE-601
# redirect_0009: source flask, bar overwrite

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0009", methods=["GET", "POST"])
def redirect_0009():
    param = request.form.get("comment", "")
    bar = param
    bar = "constant_value"
    return redirect(bar)
