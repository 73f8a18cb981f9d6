# label: redirect safe CWE-601
# redirect_0020: source flask, bar varcond

import urllib.parse
from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0020", methods=["GET", "POST"])
def redirect_0020():
    param = request.args.get("name", "")
    bar = param if len(param) < 4096 else ""
    return redirect("/search?q=" + urllib.parse.quote(bar))
