# label: trustbound safe CWE-501
# trustbound_0010: source flask, bar selfattr_const

from flask import Flask, request
from flask import session

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


@app.route("/trustbound_0010", methods=["GET", "POST"])
def trustbound_0010():
    param = request.cookies.get("preference", "")
    holder = Holder(param)
    bar = holder.get()
    session.update({"display_name": bar})
    return "ok"
