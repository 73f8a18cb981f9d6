# label: codeinj vulnerable CWE-94
# codeinj_0005: source flask, bar method

from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/codeinj_0005", methods=["GET", "POST"])
def codeinj_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    thing = Thing()
    bar = thing.do_something(param)
    exec("total = " + bar)  # want: T94
    return "ok"
