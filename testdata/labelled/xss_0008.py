# label: xss vulnerable CWE-79
# xss_0008: source flask, bar helper

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


def do_something(value):
    value = value.strip()
    return value


@app.route("/xss_0008", methods=["GET", "POST"])
def xss_0008():
    param = request.form.get("comment", "")
    bar = do_something(param)
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
