# label: redirect vulnerable CWE-601
# redirect_0007: source flask, bar varargs

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


def first(*args):
    return args[0]


@app.route("/redirect_0007", methods=["GET", "POST"])
def redirect_0007():
    param = request.args.get("name", "")
    bar = first(param)
    return redirect(bar)  # want: T601
