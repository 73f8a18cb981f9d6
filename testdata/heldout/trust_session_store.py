# label: trust vulnerable CWE-501
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev"


@app.route("/become")
def become():
    session["role"] = request.args.get("role", "user")  # want: T501
    return "ok"
