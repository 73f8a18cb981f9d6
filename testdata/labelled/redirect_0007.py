# label: redirect safe CWE-601
# redirect_0007: source flask, bar ifexp_safe

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0007", methods=["GET", "POST"])
def redirect_0007():
    param = request.args.get("name", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    return redirect(bar)
