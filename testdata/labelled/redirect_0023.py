# label: redirect safe CWE-601
# redirect_0023: source flask, bar recursion

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


@app.route("/redirect_0023", methods=["GET", "POST"])
def redirect_0023():
    param = request.args.get("name", "")
    bar = unwrap(param, 3)
    return redirect("/search?q=" + bar)
