# label: xss safe CWE-79
from flask import Flask, request

app = Flask(__name__)


@app.route("/page")
def page():
    n = request.args.get("n", 1, type=int)
    return "<p>Page %d</p>" % n
