# label: redirect safe CWE-601
from urllib.parse import quote

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/find")
def find():
    q = request.args.get("q", "")
    return redirect("/search?q=" + quote(q))
