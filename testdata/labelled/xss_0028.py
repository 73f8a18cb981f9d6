# label: xss safe CWE-79
# xss_0028: source flask, bar alnum

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0028", methods=["GET", "POST"])
def xss_0028():
    param = request.args.get("name", "")
    if not param.isalnum():
        return "bad request", 400
    bar = param
    return Markup("<b>%s</b>" % bar)
