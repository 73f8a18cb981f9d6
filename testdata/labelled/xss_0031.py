# label: xss safe CWE-79
# xss_0031: source flask, bar selfattr_const

from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


@app.route("/xss_0031", methods=["GET", "POST"])
def xss_0031():
    param = request.cookies.get("preference", "")
    holder = Holder(param)
    bar = holder.get()
    return f"<p>Hello {bar}</p>"
