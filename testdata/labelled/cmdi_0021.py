# label: cmdi safe CWE-78
# cmdi_0021: source flask, bar selfattr_const

import subprocess
from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


@app.route("/cmdi_0021", methods=["GET", "POST"])
def cmdi_0021():
    param = request.form.get("comment", "")
    holder = Holder(param)
    bar = holder.get()
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])
    return "ok"
