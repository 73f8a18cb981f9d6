# label: cmdi safe CWE-78
# hand-written: a small store object keeps the request value under one key; another key is used
import os
from flask import Flask, request

app = Flask(__name__)


class Store:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def get(self, key):
        return self.items.get(key)


@app.route("/store")
def store():
    s = Store()
    s.put("user", request.args.get("p", ""))
    s.put("tool", "uptime")
    os.system(s.get("tool"))
    return "ok"
