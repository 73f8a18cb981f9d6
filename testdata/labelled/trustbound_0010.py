# label: trustbound safe CWE-501
# trustbound_0010: source flask, bar del_index_safe

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0010", methods=["GET", "POST"])
def trustbound_0010():
    param = request.args.get("name", "")
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    session.update({"display_name": bar})
    return "ok"
