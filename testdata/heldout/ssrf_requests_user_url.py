# label: ssrf vulnerable CWE-918
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    resp = requests.get(url, timeout=5)  # want: T918
    return resp.text
