# label: redirect vulnerable CWE-601
# redirect_0001: source flask, bar generator

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


def produce(value):
    yield value
    yield "done"


@app.route("/redirect_0001", methods=["GET", "POST"])
def redirect_0001():
    param = request.args.get("name", "")
    bar = next(produce(param))
    return redirect(bar)  # want: T601
