"""Deserialisation of request bodies with the standard library and common pickle-based loaders."""
import base64
import json
import marshal
import pickle
import shelve

import dill
import jsonpickle
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    blob = base64.b64decode(request.form["state"])
    state = pickle.loads(blob)  # want: T502
    settings = json.loads(blob)
    code_obj = marshal.loads(blob)  # want: T502
    obj = pickle.Unpickler(request.files["dump"]).load()  # want: T502
    other = pickle.load(request.stream)  # want: T502
    with open("/srv/state.pickle", "rb") as fh:
        cached = pickle.load(fh)
    return "ok" if state or settings or code_obj or obj or other or cached else "empty"


@app.route("/import", methods=["POST"])
def import_doc():
    text = request.get_data(as_text=True)
    a = yaml.load(text, Loader=yaml.Loader)  # want: T502
    b = yaml.load(text, Loader=yaml.SafeLoader)
    c = yaml.unsafe_load(text)  # want: T502
    d = yaml.safe_load(text)
    e = yaml.full_load(text)  # want: T502
    f = yaml.load(text, Loader=yaml.FullLoader)  # want: T502
    g = yaml.load_all(text, Loader=yaml.UnsafeLoader)  # want: T502
    h = jsonpickle.decode(text)  # want: T502
    i = dill.loads(text.encode())  # want: T502
    return "ok" if a or b or c or d or e or f or g or h or i else "empty"


@app.route("/shelf")
def shelf():
    name = request.args.get("name", "")
    with shelve.open(name) as db:  # want: T22 T502
        return "ok" if db else "empty"
