# label: redirect vulnerable CWE-601
# redirect_0001: source flask, bar lambda

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0001", methods=["GET", "POST"])
def redirect_0001():
    param = request.args.get("name", "")
    transform = lambda s: s
    bar = transform(param)
    return redirect(bar)  # want: T601
