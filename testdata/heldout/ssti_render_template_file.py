# label: ssti safe CWE-1336
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    return render_template("welcome.html", name=request.args.get("name", ""))
