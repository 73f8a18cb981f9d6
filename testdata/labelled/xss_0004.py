# label: xss vulnerable CWE-79
# xss_0004: source flask, bar selfattr

from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/xss_0004", methods=["GET", "POST"])
def xss_0004():
    param = request.args.get("name", "")
    holder = Holder(param)
    bar = holder.get()
    return Markup("<b>%s</b>" % bar)  # want: T79
