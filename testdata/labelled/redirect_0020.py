# label: redirect safe CWE-601
# redirect_0020: source flask, bar recursion

import urllib.parse
from flask import Flask, request
from flask import redirect

app = Flask(__name__)


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.route("/redirect_0020", methods=["GET", "POST"])
def redirect_0020():
    param = request.args.get("name", "")
    bar = unwrap(param, 3)
    return redirect("/search?q=" + urllib.parse.quote(bar))
