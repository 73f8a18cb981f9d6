# label: cmdi safe CWE-78
# cmdi_0020: source flask, bar list_remove

import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0020", methods=["GET", "POST"])
def cmdi_0020():
    param = request.args.get("name", "")
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    os.system("echo " + bar)
    return "ok"
