# label: xss vulnerable CWE-79
# xss_0006: source flask, bar selfattr

from flask import Flask, request
from flask import Response

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


@app.route("/xss_0006", methods=["GET", "POST"])
def xss_0006():
    param = request.args.get("name", "")
    holder = Holder(param)
    bar = holder.get()
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
