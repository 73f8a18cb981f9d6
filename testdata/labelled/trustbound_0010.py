# label: trustbound safe CWE-501
# trustbound_0010: source flask, bar dict_overwrite

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0010", methods=["GET", "POST"])
def trustbound_0010():
    param = request.args.get("name", "")
    values = {"keyB": param}
    values["keyB"] = "safe"
    bar = values["keyB"]
    session.update({"display_name": bar})
    return "ok"
