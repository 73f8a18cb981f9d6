# label: deserialization safe CWE-502
# hand-written: ruamel.yaml's default round-trip loader builds only plain data
from ruamel.yaml import YAML
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    data = YAML().load(request.get_data(as_text=True))
    return {"keys": sorted(data)}
