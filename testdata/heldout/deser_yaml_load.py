# label: deser vulnerable CWE-502
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    cfg = yaml.load(request.data, Loader=yaml.Loader)  # want: T502
    return {"keys": list(cfg)}
