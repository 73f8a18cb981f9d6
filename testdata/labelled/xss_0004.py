# label: xss vulnerable CWE-79
# xss_0004: source flask, bar overwrite_late

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0004", methods=["GET", "POST"])
def xss_0004():
    param = request.args.get("name", "")
    bar = "constant"
    if param:
        bar = param
    return Markup("<b>%s</b>" % bar)  # want: T79
