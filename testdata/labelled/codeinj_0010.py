# label: codeinj safe CWE-94
# codeinj_0010: source flask, bar ifstmt_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0010", methods=["GET", "POST"])
def codeinj_0010():
    data = request.get_json(silent=True) or {}
    param = str(data.get("value", ""))
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    code = compile("result = " + bar, "<expr>", "exec")
    exec(code)
    return "ok"
