# label: codeinj vulnerable CWE-94
# hand-written: a value spliced into a statement that exec runs
from flask import Flask, request

app = Flask(__name__)


def setname(name):
    return name


@app.route("/execute")
def execute_data():
    first_name = request.args.get("first_name", "")
    exec("setname('%s')" % first_name)  # want: T94
    return "ok"
