# label: codeinj vulnerable CWE-94
# codeinj_0003: source flask, bar method

from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/codeinj_0003", methods=["GET", "POST"])
def codeinj_0003():
    param = request.headers.get("X-Client-Ref", "")
    thing = Thing()
    bar = thing.do_something(param)
    code = compile("result = " + bar, "<expr>", "exec")
    exec(code)  # want: T94
    return "ok"
