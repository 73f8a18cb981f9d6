# label: deser safe CWE-502
import hashlib
import hmac
import os
import pickle

from flask import Flask, abort, request

app = Flask(__name__)
KEY = os.environ["STATE_KEY"].encode()


@app.route("/resume", methods=["POST"])
def resume():
    blob = request.get_data()
    sig = request.headers.get("X-Signature", "")
    good = hmac.new(KEY, blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, good):
        abort(403)
    return {"step": pickle.loads(blob)["step"]}
