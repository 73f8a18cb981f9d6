"""Link previews fetched with requests."""
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
TRUSTED_HOSTS = {"cdn.example.com", "images.example.com"}
session = requests.Session()


@app.route("/preview")
def preview():
    url = request.args["url"]
    page = requests.get(url, timeout=5)  # want: T918
    return jsonify({"status": page.status_code})


@app.route("/preview/trusted")
def preview_trusted():
    url = request.args["url"]
    if urlparse(url).netloc not in TRUSTED_HOSTS:
        abort(400)
    page = requests.get(url, timeout=5)
    return jsonify({"status": page.status_code})


@app.route("/webhook", methods=["POST"])
def webhook():
    hook = request.get_json()["callback"]
    session.post(hook, json={"event": "ping"}, timeout=5)  # want: T918
    session.request("POST", url=hook, timeout=5)  # want: T918
    return jsonify({"ok": True})


@app.route("/webhook/fixed", methods=["POST"])
def webhook_fixed():
    event = request.get_json()["event"]
    session.post("https://hooks.example.com/ingest", json={"event": event}, timeout=5)
    return jsonify({"ok": True})
