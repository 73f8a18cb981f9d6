"""Uploaded spreadsheets parsed with pandas: file objects are not file names."""
import io

import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.route("/upload-csv", methods=["POST"])
def upload_csv():
    frame = pd.read_csv(request.files["data"])
    frame2 = pd.read_csv(io.StringIO(request.get_data(as_text=True)))
    frame3 = pd.read_excel(request.form["sheet"])  # want: T22
    frame.to_pickle("/srv/cache/" + request.form["name"])  # want: T22
    return {"rows": len(frame) + len(frame2) + len(frame3)}
