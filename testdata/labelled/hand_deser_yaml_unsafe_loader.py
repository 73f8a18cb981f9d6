# label: deserialization vulnerable CWE-502
# hand-written: yaml.load with the unsafe loader on a request value
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/yaml")
def yaml_load():
    data = request.args.get("data")
    obj = yaml.load(data, Loader=yaml.UnsafeLoader)  # want: T502
    return str(obj)
