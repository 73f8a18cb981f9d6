# label: deser safe CWE-502
import pickle

import redis
from flask import Flask, request

app = Flask(__name__)
cache = redis.Redis()


@app.route("/report")
def report():
    key = "report:" + request.args.get("id", "0")
    blob = cache.get(key)
    if blob is None:
        return {"status": "missing"}
    return {"rows": len(pickle.loads(blob))}
