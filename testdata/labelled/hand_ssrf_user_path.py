# label: ssrf vulnerable CWE-918
# hand-written: a user id placed in the path of a fixed host (partial SSRF: "../" reaches other endpoints)
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def retrieve_info():
    user_id = request.args["user_id"]
    url = "https://api.github.com/users/" + user_id
    response = requests.get(url, timeout=5)  # want: T918
    return response.text
