# label: codeinj safe CWE-94
# codeinj_0010: source flask, bar ifstmt_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0010/<path:rest>")
def codeinj_0010(rest):
    param = request.path.split("/", 2)[2]
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    code = compile("result = " + bar, "<expr>", "exec")
    exec(code)
    return "ok"
