# label: redirect safe CWE-601
# redirect_0020: source flask, bar generator

import urllib.parse
from flask import Flask, request
from flask import redirect

app = Flask(__name__)


def produce(value):
    yield value
    yield "done"


@app.route("/redirect_0020", methods=["GET", "POST"])
def redirect_0020():
    param = request.args.get("name", "")
    bar = next(produce(param))
    return redirect("/search?q=" + urllib.parse.quote(bar))
