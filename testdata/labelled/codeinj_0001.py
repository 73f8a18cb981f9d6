# label: codeinj vulnerable CWE-94
# codeinj_0001: source flask, bar method

from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/codeinj_0001", methods=["GET", "POST"])
def codeinj_0001():
    param = request.args.get("name", "")
    thing = Thing()
    bar = thing.do_something(param)
    result = eval(bar)  # want: T94
    return "ok"
