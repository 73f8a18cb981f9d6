# label: ssrf vulnerable CWE-918
# hand-written: the subdomain picks the host
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/full_ssrf")
def full_ssrf():
    subdomain = request.args["subdomain"]
    url = "https://" + subdomain + ".example.com/data/"
    response = requests.get(url, timeout=5)  # want: T918
    return response.text
