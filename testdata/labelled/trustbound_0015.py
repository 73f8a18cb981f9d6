# label: trustbound safe CWE-501
# trustbound_0015: source flask, bar dict_update

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0015", methods=["GET", "POST"])
def trustbound_0015():
    param = request.args.get("name", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    session["last_search_len"] = 0
    matches = [row for row in ("alpha", "beta") if row == bar]
    return "ok"
