# label: codeinj safe CWE-94
# codeinj_0008: source flask, bar ifstmt_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0008/<name>")
def codeinj_0008(name):
    param = name
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    exec("total = " + bar)
    return "ok"
