# label: codeinj vulnerable CWE-94
# codeinj_0006: source flask, bar loop

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0006", methods=["GET", "POST"])
def codeinj_0006():
    values = request.args.getlist("item")
    param = values[0] if values else ""
    bar = ""
    for ch in param:
        bar += ch
    code = compile("result = " + bar, "<expr>", "exec")
    exec(code)  # want: T94
    return "ok"
