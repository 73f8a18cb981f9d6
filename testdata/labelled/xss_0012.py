# label: xss vulnerable CWE-79
# xss_0012: source flask, bar try

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0012", methods=["GET", "POST"])
def xss_0012():
    param = request.args.get("name", "")
    try:
        bar = param.encode("ascii").decode("ascii")
    except UnicodeError:
        bar = ""
    return Markup("<b>%s</b>" % bar)  # want: T79
