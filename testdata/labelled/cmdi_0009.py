# label: cmdi vulnerable CWE-78
# cmdi_0009: source flask, bar inherit

import subprocess
from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.route("/cmdi_0009", methods=["GET", "POST"])
def cmdi_0009():
    param = request.values.get("q", "")
    bar = Child().clean(param)
    subprocess.run(f"ls -l {bar}", shell=True)  # want: T78
    return "ok"
