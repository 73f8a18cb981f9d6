# label: xss safe CWE-79
# xss_0032: source flask, bar del_index_safe

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/xss_0032", methods=["GET", "POST"])
def xss_0032():
    param = request.args.get("name", "")
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    return Markup("<b>%s</b>" % bar)
