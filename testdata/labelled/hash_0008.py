# label: hash safe CWE-328
# hash_0008: source flask, bar ifexp

import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/hash_0008/<path:name>")
def hash_0008(name):
    param = name
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    digest = hashlib.blake2b(bar.encode("utf-8"), digest_size=32).hexdigest()
    return "ok"
