# label: log safe CWE-117
import json
import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.route("/search")
def search():
    q = request.args.get("q", "")
    audit.info("search query=%s", json.dumps(q))
    return "ok"
