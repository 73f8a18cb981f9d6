# label: xss safe CWE-79
# xss_0042: source flask, bar try

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0042", methods=["GET", "POST"])
def xss_0042():
    param = request.args.get("name", "")
    try:
        bar = param.encode("ascii").decode("ascii")
    except UnicodeError:
        bar = ""
    return Markup("<b>{}</b>").format(bar)
