# label: trustbound safe CWE-501
# trustbound_0010: source flask, bar func_const_cond

from flask import Flask, request
from flask import session

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/trustbound_0010", methods=["GET", "POST"])
def trustbound_0010():
    param = request.args.get("name", "")
    bar = choose(param)
    session.update({"display_name": bar})
    return "ok"
