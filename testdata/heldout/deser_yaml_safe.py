# label: deser safe CWE-502
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    cfg = yaml.safe_load(request.data)
    return {"keys": list(cfg)}
