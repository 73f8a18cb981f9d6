# label: trustbound safe CWE-501
# trustbound_0011: source flask, bar func_const_cond

from flask import Flask, request
from flask import session

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/trustbound_0011", methods=["GET", "POST"])
def trustbound_0011():
    param = request.form.get("comment", "")
    bar = choose(param)
    session["user_ref"] = bar
    return "ok"
