# label: xss vulnerable CWE-79
# xss_0016: source flask, bar insert

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0016", methods=["GET", "POST"])
def xss_0016():
    param = request.args.get("name", "")
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    return Markup("<b>%s</b>" % bar)  # want: T79
