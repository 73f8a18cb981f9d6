# label: codeinj safe CWE-94
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/parse")
def parse():
    data = json.loads(request.args.get("data", "{}"))
    return {"n": len(data)}
