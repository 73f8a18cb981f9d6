# label: redirect safe CWE-601
# redirect_0020: source flask, bar ifstmt

import urllib.parse
from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0020", methods=["GET", "POST"])
def redirect_0020():
    param = request.args.get("name", "")
    num = 196
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    return redirect("/search?q=" + urllib.parse.quote(bar))
