"""The same handlers as app.py, written safely: krait reports nothing here."""
import ast
import hashlib
import json
import os
import sqlite3
# subprocess is only given argument lists built from validated input
import subprocess  # nosec B404

import requests
import yaml
from flask import Flask, request

app = Flask(__name__)

DB_PASSWORD = os.environ["DB_PASSWORD"]


def db():
    return sqlite3.connect("orders.db")


@app.route("/orders")
def list_orders():
    customer = request.args.get("customer", "")
    # parameters are passed separately from the SQL text
    rows = db().execute("SELECT id, total FROM orders WHERE customer = ?", (customer,))
    return {"orders": rows.fetchall()}


@app.route("/archive", methods=["POST"])
def archive():
    name = request.form["name"]
    if not name.isalnum():
        return "bad name", 400
    # an argument list with an absolute program path, no shell
    subprocess.run(["/usr/bin/tar", "czf", f"/srv/archive/{name}.tgz", "/srv/orders"], check=True)  # nosec B603
    return "archived"


@app.route("/import", methods=["POST"])
def import_orders():
    orders = json.loads(request.get_data())
    settings = yaml.safe_load(request.files["settings"].read())
    return {"count": len(orders), "settings": settings}


@app.route("/token")
def token():
    return hashlib.sha256(request.args["user"].encode()).hexdigest()


@app.route("/rates")
def rates():
    return requests.get("https://rates.example.com/today", timeout=10).json()


@app.route("/calc")
def calc():
    # literal_eval accepts only Python literals; the result goes out as JSON
    return {"result": ast.literal_eval(request.args["expr"])}


if __name__ == "__main__":
    app.run()
