# label: redirect safe CWE-601
# redirect_0017: source flask, bar selfattr_const

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


@app.route("/redirect_0017", methods=["GET", "POST"])
def redirect_0017():
    param = request.args.get("name", "")
    holder = Holder(param)
    bar = holder.get()
    return redirect(bar)
