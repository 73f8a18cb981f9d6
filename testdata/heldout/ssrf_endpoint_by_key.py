# label: ssrf safe CWE-918
import requests
from flask import Flask, request

app = Flask(__name__)
ENDPOINTS = {
    "status": "https://status.example.com/api/v2/summary.json",
    "rates": "https://rates.example.com/latest",
}


@app.route("/upstream")
def upstream():
    url = ENDPOINTS.get(request.args.get("which", "status"), ENDPOINTS["status"])
    return requests.get(url, timeout=5).json()
