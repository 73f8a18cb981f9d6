# label: trust safe CWE-501
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev"


@app.route("/lang")
def lang():
    choice = request.args.get("lang", "en")
    session["lang"] = "fr" if choice == "fr" else "en"
    return "ok"
