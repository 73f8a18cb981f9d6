# label: codeinj vulnerable CWE-94
# codeinj_0003: source flask, bar splitjoin

from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0003", methods=["GET", "POST"])
def codeinj_0003():
    param = request.headers.get("X-Client-Ref", "")
    bar = " ".join(param.split(" "))
    code = compile("result = " + bar, "<expr>", "exec")
    exec(code)  # want: T94
    return "ok"
