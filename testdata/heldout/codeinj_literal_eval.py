# label: codeinj safe CWE-94
import ast

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "[]")
    return str(ast.literal_eval(expr))
