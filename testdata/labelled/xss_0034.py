# label: xss safe CWE-79
# xss_0034: source flask, bar setitem_safe

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0034", methods=["GET", "POST"])
def xss_0034():
    param = request.args.get("name", "")
    items = ["a", param]
    items[1] = "safe"
    bar = items[1]
    return Markup("<b>%s</b>" % bar)
