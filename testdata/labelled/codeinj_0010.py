# label: codeinj safe CWE-94
# codeinj_0010: source flask, bar dict_get_default

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0010/<path:rest>")
def codeinj_0010(rest):
    param = request.path.split("/", 2)[2]
    values = {"keyA": "a-Value", "keyB": "b-Value"}
    bar = values.get("keyA", param)
    code = compile("result = " + bar, "<expr>", "exec")
    exec(code)
    return "ok"
