# label: securecookie vulnerable CWE-614
# securecookie_0004: source flask, bar list_pop

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/securecookie_0004", methods=["GET", "POST"])
def securecookie_0004():
    param = request.args.get("name", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    resp = make_response("ok")
    resp.set_cookie("remember", bar)  # want: K204
    return resp
