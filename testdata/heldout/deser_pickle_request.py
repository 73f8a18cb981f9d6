# label: deser vulnerable CWE-502
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/session", methods=["POST"])
def restore():
    blob = base64.b64decode(request.form["state"])
    state = pickle.loads(blob)  # want: T502
    return {"user": state.get("user")}
