# label: ssrf safe CWE-918
from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    login = request.args.get("login", "")
    r = requests.get("https://api.github.com/users/" + quote(login, safe=""), timeout=5)
    return r.json()
