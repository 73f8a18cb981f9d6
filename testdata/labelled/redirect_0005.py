# label: redirect vulnerable CWE-601
# redirect_0005: source flask, bar ifexp

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0005", methods=["GET", "POST"])
def redirect_0005():
    param = request.args.get("name", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    return redirect(bar)  # want: T601
