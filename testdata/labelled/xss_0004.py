# label: xss vulnerable CWE-79
# xss_0004: source flask, bar listappend

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0004", methods=["GET", "POST"])
def xss_0004():
    param = request.args.get("name", "")
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    return Markup("<b>%s</b>" % bar)  # want: T79
