"""Uploading application settings as YAML."""
import yaml
from flask import Flask, jsonify, request
from yaml import SafeLoader

app = Flask(__name__)


@app.route("/settings", methods=["POST"])
def upload_settings():
    settings = yaml.load(request.data, Loader=yaml.Loader)  # want: T502
    return jsonify(sorted(settings))


@app.route("/settings/full", methods=["POST"])
def upload_settings_full():
    settings = yaml.full_load(request.get_data())  # want: T502
    return jsonify(sorted(settings))


@app.route("/settings/safe", methods=["POST"])
def upload_settings_safe():
    first = yaml.safe_load(request.data)
    second = yaml.load(request.data, Loader=SafeLoader)
    return jsonify(sorted(first) + sorted(second))
