# label: xss safe CWE-79
# xss_0024: source flask, bar helper_const

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


def do_something(value):
    return "safe!"


@app.route("/xss_0024", methods=["GET", "POST"])
def xss_0024():
    param = request.headers.get("X-Client-Ref", "")
    bar = do_something(param)
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
