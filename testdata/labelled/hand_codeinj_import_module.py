# label: codeinj vulnerable CWE-94
# hand-written: a plugin name from the query string is imported (its top-level code runs)
import importlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/plugin")
def plugin():
    module = importlib.import_module("plugins." + request.args.get("name", "default"))  # want: T94
    return module.__name__
