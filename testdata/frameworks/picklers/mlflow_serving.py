"""Serving MLflow models chosen by the caller."""
import mlflow.pyfunc
import mlflow.sklearn
from flask import Flask, request

app = Flask(__name__)
DEFAULT = mlflow.pyfunc.load_model("models:/churn/Production")


@app.route("/predict", methods=["POST"])
def predict():
    uri = request.json.get("model", "")
    model = mlflow.pyfunc.load_model(uri)  # want: T502
    other = mlflow.sklearn.load_model("runs:/" + uri + "/model")  # want: T502
    return {"ok": model is not None and other is not None and DEFAULT is not None}
