# label: redirect vulnerable CWE-601
# redirect_0005: source flask, bar generator

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


def produce(value):
    yield value
    yield "done"


@app.route("/redirect_0005", methods=["GET", "POST"])
def redirect_0005():
    param = request.form.get("comment", "")
    bar = next(produce(param))
    resp = make_response("", 302)
    resp.headers["Location"] = bar  # want: T601
    return resp
