"""Serving Keras models chosen by the caller."""
import os

import tensorflow as tf
from fastapi import FastAPI

app = FastAPI()
MODELS = "/srv/models"
KNOWN = {"small": "/srv/models/small.keras", "large": "/srv/models/large.keras"}


@app.post("/predict")
def predict(model_path: str, values: list[float]):
    model = tf.keras.models.load_model(model_path)  # want: T502
    return {"prediction": model.predict([values]).tolist()}


@app.post("/predict/known")
def predict_known(name: str, values: list[float]):
    model = tf.keras.models.load_model(KNOWN.get(name, KNOWN["small"]))
    return {"prediction": model.predict([values]).tolist()}


@app.post("/graph")
def graph(export_dir: str):
    loaded = tf.saved_model.load(os.path.join(MODELS, export_dir))  # want: T502
    return {"signatures": list(loaded.signatures)}


@app.get("/labels")
def labels(name: str):
    data = tf.io.read_file(os.path.join(MODELS, name))  # want: T22
    return {"bytes": int(tf.strings.length(data))}
