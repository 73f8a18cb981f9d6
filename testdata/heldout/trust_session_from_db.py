# label: trust safe CWE-501
from flask import Flask, abort, request, session
from werkzeug.security import check_password_hash

from models import find_user

app = Flask(__name__)
app.secret_key = "dev"


@app.route("/login", methods=["POST"])
def login():
    user = find_user(request.form["username"])
    if user is None or not check_password_hash(user.pw_hash, request.form["password"]):
        abort(401)
    session["user_id"] = user.id
    return "ok"
