# label: xss vulnerable CWE-79
# xss_0004: source flask, bar percent

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0004", methods=["GET", "POST"])
def xss_0004():
    param = request.args.get("name", "")
    bar = "%s" % param
    return Markup("<b>%s</b>" % bar)  # want: T79
