# label: xss vulnerable CWE-79
# xss_0020: source flask, bar while

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0020", methods=["GET", "POST"])
def xss_0020():
    param = request.args.get("name", "")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    return Markup("<b>%s</b>" % bar)  # want: T79
