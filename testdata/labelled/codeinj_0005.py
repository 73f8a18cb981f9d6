# label: codeinj vulnerable CWE-94
# codeinj_0005: source flask, bar overwrite_late

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0005", methods=["GET", "POST"])
def codeinj_0005():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    bar = "constant"
    if param:
        bar = param
    exec("total = " + bar)  # want: T94
    return "ok"
