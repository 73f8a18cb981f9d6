# label: redirect safe CWE-601
# redirect_0011: source flask, bar method_const

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return "constant"


@app.route("/redirect_0011", methods=["GET", "POST"])
def redirect_0011():
    param = request.form.get("comment", "")
    thing = Thing()
    bar = thing.do_something(param)
    return redirect(bar)
