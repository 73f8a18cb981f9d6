# label: ssrf safe CWE-918
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/weather")
def weather():
    city = request.args.get("city", "London")
    resp = requests.get("https://api.weather.example.com/v1/current", params={"q": city}, timeout=5)
    return resp.json()
