"""Diffusers pipelines whose custom pipeline code comes from the request."""
from diffusers import DiffusionPipeline
from flask import Flask, request

app = Flask(__name__)


@app.route("/pipeline")
def pipeline():
    custom = request.args.get("pipeline", "")
    pipe = DiffusionPipeline.from_pretrained("org/base-model", custom_pipeline=custom)  # want: T94
    plain = DiffusionPipeline.from_pretrained("org/base-model", custom_pipeline="lpw_stable_diffusion")
    return {"ok": pipe is not None and plain is not None}
