# label: xss vulnerable CWE-79
# xss_0001: source flask, bar unpack

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0001", methods=["GET", "POST"])
def xss_0001():
    param = request.args.get("name", "")
    first, bar = "safe", param
    return f"<p>Hello {bar}</p>"  # want: T79
