# label: codeinj safe CWE-94
# codeinj_0011: source flask, bar direct

import ast
from flask import Flask, request

app = Flask(__name__)


@app.route("/codeinj_0011", methods=["GET", "POST"])
def codeinj_0011():
    param = request.path.rsplit("/", 1)[-1]
    bar = param
    result = ast.literal_eval(bar)
    return "ok"
