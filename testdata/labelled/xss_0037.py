# label: xss safe CWE-79
# xss_0037: source flask, bar closure

from flask import Flask, request
from flask import jsonify

app = Flask(__name__)


@app.route("/xss_0037", methods=["GET", "POST"])
def xss_0037():
    param = request.cookies.get("preference", "")
    def inner():
        return param
    bar = inner()
    return jsonify({"greeting": bar})
