# label: trustbound vulnerable CWE-501
# hand-written: request values copied into the session with update(**kwargs)
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev"


@app.route("/prefs", methods=["POST"])
def prefs():
    session.update(role=request.form.get("role", "user"))  # want: T501
    return "saved"
