# label: cmdi vulnerable CWE-78
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    os.system("ping -c 1 " + host)  # want: T78
    return "ok"
