# label: xss safe CWE-79
# xss_0049: source flask, bar generator

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


def produce(value):
    yield value
    yield "done"


@app.route("/xss_0049", methods=["GET", "POST"])
def xss_0049():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = next(produce(param))
    resp = make_response("Saved: " + bar)
    resp.mimetype = "text/plain"
    return resp
