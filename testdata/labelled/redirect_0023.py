# label: redirect safe CWE-601
# redirect_0023: source flask, bar listappend

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0023", methods=["GET", "POST"])
def redirect_0023():
    param = request.args.get("name", "")
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    return redirect("/search?q=" + bar)
