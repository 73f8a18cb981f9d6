# label: xss safe CWE-79
# xss_0024: source flask, bar helper_const

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


def do_something(value):
    return "safe!"


@app.route("/xss_0024", methods=["GET", "POST"])
def xss_0024():
    param = request.args.get("name", "")
    bar = do_something(param)
    return Markup("<b>%s</b>" % bar)
