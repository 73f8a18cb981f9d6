# label: xss vulnerable CWE-79
# xss_0010: source flask, bar replace

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0010", methods=["GET", "POST"])
def xss_0010():
    param = request.args.get("name", "")
    bar = param.replace("\t", " ")
    return f"<p>Hello {bar}</p>"  # want: T79
