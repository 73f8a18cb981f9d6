# label: codeinj safe CWE-94
import math

from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED = {"sqrt", "floor", "ceil"}


@app.route("/math")
def do_math():
    fn = request.args.get("fn", "sqrt")
    if fn not in ALLOWED:
        abort(400)
    return str(getattr(math, fn)(float(request.args.get("x", "0"))))
