# label: deserialization vulnerable CWE-502
# hand-written: ruamel.yaml with typ="unsafe" constructs arbitrary Python objects
from ruamel.yaml import YAML
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    data = YAML(typ="unsafe").load(request.get_data(as_text=True))  # want: T502
    return {"keys": sorted(data)}
