# label: xss safe CWE-79
# xss_0039: source flask, bar selfattr

from flask import Flask, request
from flask import render_template_string

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/xss_0039", methods=["GET", "POST"])
def xss_0039():
    param = request.cookies.get("preference", "")
    holder = Holder(param)
    bar = holder.get()
    return render_template_string("<p>Hello {{ name }}</p>", name=bar)
