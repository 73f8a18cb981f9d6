"""Keras checkpoints saved under request-chosen names."""
import tensorflow as tf
from flask import Flask, request

app = Flask(__name__)
model = tf.keras.Sequential([tf.keras.layers.Dense(1)])


@app.route("/checkpoint", methods=["POST"])
def checkpoint():
    tag = request.form["tag"]
    model.save_weights("/srv/checkpoints/" + tag)  # want: T22
    model.save_weights("/srv/checkpoints/latest")
    return {"saved": True}
