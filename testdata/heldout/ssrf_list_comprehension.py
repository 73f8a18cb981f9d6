# label: ssrf vulnerable CWE-918
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/batch", methods=["POST"])
def batch():
    urls = request.get_json()["urls"]
    return {"codes": [requests.head(u, timeout=3).status_code for u in urls]}  # want: T918
