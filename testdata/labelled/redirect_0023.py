# label: redirect safe CWE-601
# redirect_0023: source flask, bar fstring

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0023", methods=["GET", "POST"])
def redirect_0023():
    param = request.args.get("name", "")
    bar = f"{param}"
    return redirect("/search?q=" + bar)
