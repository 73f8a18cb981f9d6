# label: redirect vulnerable CWE-601
# redirect_0007: source flask, bar insert

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0007", methods=["GET", "POST"])
def redirect_0007():
    param = request.args.get("name", "")
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    return redirect(bar)  # want: T601
