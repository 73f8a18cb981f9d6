"""A small analytics API over pandas."""
import sqlite3

import pandas as pd
from flask import Flask, jsonify, request

app = Flask(__name__)
DB = sqlite3.connect("sales.db", check_same_thread=False)
SALES = pd.read_csv("sales.csv")


@app.route("/region")
def region():
    name = request.args.get("name", "north")
    frame = pd.read_sql("SELECT * FROM sales WHERE region = '%s'" % name, DB)  # want: T89
    same = pd.read_sql_query("SELECT * FROM sales WHERE region = ?", DB, params=(name,))
    return jsonify({"rows": len(frame) + len(same)})


@app.route("/filter")
def filter_rows():
    condition = request.args.get("where", "amount > 0")
    picked = SALES.query(condition)  # want: T94
    return jsonify({"rows": len(picked)})


@app.route("/filter/safe")
def filter_rows_safe():
    minimum = float(request.args.get("min", "0"))
    picked = SALES[SALES["amount"] > minimum]
    return jsonify({"rows": len(picked)})


@app.route("/restore", methods=["POST"])
def restore():
    frame = pd.read_pickle(request.form["snapshot"])  # want: T502
    return jsonify({"rows": len(frame)})


@app.route("/load")
def load():
    frame = pd.read_csv(request.args["source"])  # want: T22
    return jsonify({"rows": len(frame)})
