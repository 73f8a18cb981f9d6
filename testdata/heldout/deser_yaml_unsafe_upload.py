# label: deser vulnerable CWE-502
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_settings():
    raw = request.files["settings"].read()
    data = yaml.load(raw, Loader=yaml.UnsafeLoader)  # want: T502
    return {"keys": sorted(data)}
