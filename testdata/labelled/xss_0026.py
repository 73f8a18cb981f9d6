# label: xss safe CWE-79
# xss_0026: source flask, bar method_const

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return "constant"


@app.route("/xss_0026", methods=["GET", "POST"])
def xss_0026():
    param = request.args.get("name", "")
    thing = Thing()
    bar = thing.do_something(param)
    return Markup("<b>%s</b>" % bar)
