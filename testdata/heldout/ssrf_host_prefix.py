# label: ssrf vulnerable CWE-918
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/avatar")
def avatar():
    host = request.args.get("host", "cdn.example.com")
    return requests.get("https://" + host + "/avatar.png", timeout=5).content  # want: T918
