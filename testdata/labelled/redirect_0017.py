# label: redirect safe CWE-601
# redirect_0017: source flask, bar allowlist

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0017", methods=["GET", "POST"])
def redirect_0017():
    param = request.args.get("name", "")
    if param not in ("asc", "desc", "latest"):
        return "bad request", 400
    bar = param
    return redirect(bar)
