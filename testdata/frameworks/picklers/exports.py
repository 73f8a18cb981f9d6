"""Arrays and models written under request-chosen names."""
import io

import joblib
import numpy as np
from flask import Flask, request

app = Flask(__name__)
WEIGHTS = np.zeros(4)


@app.route("/export", methods=["POST"])
def export():
    name = request.form["name"]
    np.save("/srv/exports/" + name, WEIGHTS)  # want: T22
    np.save("/srv/exports/latest.npy", WEIGHTS)
    buf = io.BytesIO()
    np.save(buf, WEIGHTS)
    joblib.dump(WEIGHTS, "/srv/models/" + name)  # want: T22
    joblib.dump(WEIGHTS, "/srv/models/latest.joblib")
    return {"bytes": len(buf.getvalue())}
