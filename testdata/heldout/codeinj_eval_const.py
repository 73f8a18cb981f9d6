# label: codeinj safe CWE-94
from flask import Flask, request

app = Flask(__name__)
OPS = {"add": "a + b", "mul": "a * b"}


@app.route("/op")
def op():
    expr = OPS.get(request.args.get("op"), "a + b")
    a = int(request.args.get("a", "0"))
    b = int(request.args.get("b", "0"))
    return str(eval(expr, {}, {"a": a, "b": b}))
