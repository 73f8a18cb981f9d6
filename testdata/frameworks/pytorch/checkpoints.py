"""Loading checkpoints named in an uploaded job description."""
import torch
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/resume", methods=["POST"])
def resume():
    job = request.get_json()
    state = torch.load(job["checkpoint"], map_location="cpu")  # want: T502
    weights = torch.load(job["checkpoint"], map_location="cpu", weights_only=True)
    return jsonify({"keys": len(state) + len(weights)})


@app.route("/script", methods=["POST"])
def script():
    job = request.get_json()
    module = torch.jit.load(job["archive"])  # want: T502
    return jsonify({"code": str(module.code)[:80]})


@app.route("/hub", methods=["POST"])
def hub():
    job = request.get_json()
    model = torch.hub.load(job["repo"], job["model"])  # want: T94
    fixed = torch.hub.load("pytorch/vision:v0.17.0", job["model"])
    return jsonify({"model": str(type(model)), "fixed": str(type(fixed))})
