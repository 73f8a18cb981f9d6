# label: redirect safe CWE-601
# redirect_0017: source flask, bar del_index_safe

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0017", methods=["GET", "POST"])
def redirect_0017():
    param = request.args.get("name", "")
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    return redirect(bar)
