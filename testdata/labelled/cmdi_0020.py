# label: cmdi safe CWE-78
# cmdi_0020: source flask, bar del_index_safe

import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/cmdi_0020", methods=["GET", "POST"])
def cmdi_0020():
    param = request.args.get("name", "")
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    subprocess.run(f"ls -l {bar}", shell=True)
    return "ok"
