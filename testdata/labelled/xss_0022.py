# label: xss safe CWE-79
# xss_0022: source flask, bar overwrite

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0022", methods=["GET", "POST"])
def xss_0022():
    param = request.args.get("name", "")
    bar = param
    bar = "constant_value"
    return f"<p>Hello {bar}</p>"
