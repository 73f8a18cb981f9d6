# label: redirect safe CWE-601
# redirect_0020: source flask, bar direct

import urllib.parse
from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0020", methods=["GET", "POST"])
def redirect_0020():
    param = request.args.get("name", "")
    bar = param
    return redirect("/search?q=" + urllib.parse.quote(bar))
