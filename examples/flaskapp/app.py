"""Orders service: every handler here has a security bug krait reports."""
import hashlib
import pickle
import sqlite3
import subprocess

import requests
import yaml
from flask import Flask, request

app = Flask(__name__)

DB_PASSWORD = "hunter2"  # hard-coded credential (B105)


def db():
    return sqlite3.connect("orders.db")


@app.route("/orders")
def list_orders():
    customer = request.args.get("customer", "")
    # SQL built from request input (B608)
    query = "SELECT id, total FROM orders WHERE customer = '%s'" % customer
    return {"orders": db().execute(query).fetchall()}


@app.route("/archive", methods=["POST"])
def archive():
    name = request.form["name"]
    # a shell command built from request input (B602)
    subprocess.call("tar czf /srv/archive/%s.tgz /srv/orders" % name, shell=True)
    return "archived"


@app.route("/import", methods=["POST"])
def import_orders():
    # untrusted bytes unpickled (B301) and YAML loaded without SafeLoader (B506)
    orders = pickle.loads(request.get_data())
    settings = yaml.load(request.files["settings"].read())
    return {"count": len(orders), "settings": settings}


@app.route("/token")
def token():
    # MD5 used for a security token (B324)
    return hashlib.md5(request.args["user"].encode()).hexdigest()


@app.route("/rates")
def rates():
    # an outbound request without a timeout can hang the worker (B113)
    return requests.get("https://rates.example.com/today").json()


@app.route("/calc")
def calc():
    # evaluating request input runs arbitrary code (B307)
    return str(eval(request.args["expr"]))


if __name__ == "__main__":
    app.run(debug=True)  # the Werkzeug debugger allows code execution (B201)
