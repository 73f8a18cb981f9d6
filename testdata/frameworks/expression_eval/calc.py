"""A calculator service over several expression libraries."""
import numexpr
import numpy as np
import sympy
from flask import Flask, request

app = Flask(__name__)
GRID = np.arange(10)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "")
    values = numexpr.evaluate(expr, local_dict={"x": GRID})  # want: T94
    fixed = numexpr.evaluate("x * 2 + 1", local_dict={"x": GRID})
    symbolic = sympy.sympify(expr)  # want: T94
    parsed = sympy.parse_expr("x**2 + 1")
    return {"n": len(values) + len(fixed), "s": str(symbolic), "p": str(parsed)}
