import os
import sqlite3
import subprocess
from flask import Flask, request

app = Flask(__name__)
conn = sqlite3.connect("app.db")


@app.route("/locals")
def locals_flow():
    name = request.args.get("name")
    q = "SELECT * FROM users WHERE name = '" + name + "'"
    cur = conn.cursor()
    cur.execute(q)  # want: T89
    return "ok"


@app.route("/params")
def params_safe():
    name = request.args.get("name")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    return "ok"


@app.route("/cmd")
def cmd():
    host = request.args["host"]
    os.system("ping -c 1 %s" % host)  # want: T78
    subprocess.run(["ping", "-c", "1", host])
    subprocess.run("ping " + host, shell=True)  # want: T78
    return "ok"


@app.route("/overwrite")
def overwritten():
    x = request.args["x"]
    x = "constant"
    os.system(x)
    return "ok"


@app.route("/int")
def casted():
    n = int(request.args["n"])
    os.system("sleep %d" % n)
    return "ok"


@app.route("/cache-by-key")
def cache_by_key():
    # The user picks the key, not the cached bytes.
    import pickle

    import redis

    r = redis.Redis()
    blob = r.get("report:" + request.args["id"])
    pickle.loads(blob)
    fields = r.hget("h", request.args["f"])
    pickle.loads(fields)
    pickle.loads(request.args["id"].encode())  # want: T502
    return "ok"
