"""ruamel.yaml: the default round-trip loader builds plain data; typ="unsafe" builds any object."""
from flask import Flask, request
from ruamel.yaml import YAML

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    text = request.get_data(as_text=True)
    plain = YAML().load(text)
    safe = YAML(typ="safe").load(text)
    unsafe = YAML(typ="unsafe").load(text)  # want: T502
    loader = YAML(typ="unsafe", pure=True)
    docs = list(loader.load_all(text))  # want: T502
    return {"keys": len(plain) + len(safe) + len(unsafe) + len(docs)}
