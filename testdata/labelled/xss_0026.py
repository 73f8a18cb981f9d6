# label: xss safe CWE-79
# xss_0026: source flask, bar intcast

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0026", methods=["GET", "POST"])
def xss_0026():
    param = request.args.get("name", "")
    bar = str(int(param))
    return Markup("<b>%s</b>" % bar)
