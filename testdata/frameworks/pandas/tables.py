"""Query results rendered as HTML tables."""
import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.get("/table")
def table():
    frame = pd.DataFrame({"term": [request.args["q"]]})
    return frame.to_html()


@app.get("/table/raw")
def table_raw():
    frame = pd.DataFrame({"term": [request.args["q"]]})
    return frame.to_html(escape=False)  # want: T79
