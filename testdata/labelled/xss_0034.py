# label: xss safe CWE-79
# xss_0034: source flask, bar dict_overwrite

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0034", methods=["GET", "POST"])
def xss_0034():
    param = request.args.get("name", "")
    values = {"keyB": param}
    values["keyB"] = "safe"
    bar = values["keyB"]
    return Markup("<b>%s</b>" % bar)
