# label: xss vulnerable CWE-79
# xss_0009: source flask, bar lambda

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0009", methods=["GET", "POST"])
def xss_0009():
    param = request.cookies.get("preference", "")
    transform = lambda s: s
    bar = transform(param)
    return f"<p>Hello {bar}</p>"  # want: T79
