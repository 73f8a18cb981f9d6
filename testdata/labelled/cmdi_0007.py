# label: cmdi vulnerable CWE-78
# cmdi_0007: source flask, bar inherit

import subprocess
from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.route("/cmdi_0007", methods=["GET", "POST"])
def cmdi_0007():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = Child().clean(param)
    subprocess.call(["bash", "-c", "tar czf /tmp/out.tgz " + bar])  # want: T78
    return "ok"
