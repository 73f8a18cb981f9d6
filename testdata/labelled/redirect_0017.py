# label: redirect safe CWE-601
# redirect_0017: source flask, bar setitem_safe

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0017", methods=["GET", "POST"])
def redirect_0017():
    param = request.args.get("name", "")
    items = ["a", param]
    items[1] = "safe"
    bar = items[1]
    return redirect(bar)
